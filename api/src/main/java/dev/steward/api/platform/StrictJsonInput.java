package dev.steward.api.platform;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Request bodies are read strictly, so that bad input is a 400 naming the field and never reaches the database:
 * a string with a NUL character (PostgreSQL refuses U+0000 in text and jsonb) and a {@code null} inside a list
 * are refused while the JSON is read.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInputCustomizer() {
        SimpleModule text = new SimpleModule("steward-text-without-nul");
        text.addDeserializer(String.class, new NulFreeStringDeserializer());
        JsonSetter.Value noNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            builder.addModule(text).nodeFactory(new NulFreeNodeFactory());
            // The generated DTOs declare List and Set, and deserialize sets "as" LinkedHashSet.
            for (Class<?> type : List.of(Collection.class, List.class, ArrayList.class, Set.class, HashSet.class, LinkedHashSet.class)) {
                builder.withConfigOverride(type, o -> o.setNullHandling(noNullItems));
            }
        };
    }

    /** A text value with a NUL character; the error handler names the field it was in. */
    static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser p, String value) {
            super(p, "A NUL character (U+0000) is not allowed in text", value, String.class);
        }
    }

    static String checked(JsonParser p, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new NulCharacterException(p, value);
        }
        return value;
    }

    private static final class NulFreeStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return checked(p, super.deserialize(p, ctxt));
        }
    }

    /** Free-form JSON values (e.g. survey answers) are built through the node factory. */
    private static final class NulFreeNodeFactory extends JsonNodeFactory {
        @Override
        public StringNode stringNode(String text) {
            return super.stringNode(checked(null, text));
        }
    }
}
