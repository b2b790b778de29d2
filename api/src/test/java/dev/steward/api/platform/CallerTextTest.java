package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.CallerText.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerTextTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "2-1201        | UNIT         | 2-1201",
        "2栋1201       | UNIT         | 2-1201",
        "2 栋 1201 室  | UNIT         | 2-1201",
        "2号楼1201室   | UNIT         | 2-1201",
        "2#1201        | UNIT         | 2-1201",
        "a-302         | UNIT         | A-302",
        "1201          | FOUR_DIGITS  | 1201",
        "101           | UNIT_NUMBER  | 101",
        "13812345678   | PHONE        | 13812345678",
        "138 1234 5678 | PHONE        | 13812345678",
        "138-1234-5678 | PHONE        | 13812345678",
        "+86 13812345678 | PHONE      | 13812345678",
        "8613812345678 | PHONE        | 13812345678",
        "0571-88886666 | PHONE        | 057188886666",
        "20261123-0007 | WORDS        | 20261123-0007",
        "王伟          | WORDS        | 王伟",
        "漏水          | WORDS        | 漏水",
    })
    void readsWhatACallerSays(String input, Kind kind, String value) {
        CallerText c = CallerText.parse(input);
        assertThat(c.kind()).isEqualTo(kind);
        String actual = switch (kind) {
            case UNIT -> c.unitLabel();
            case WORDS -> c.text();
            default -> c.digits();
        };
        assertThat(actual).isEqualTo(value);
    }
}
