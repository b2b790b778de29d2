package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsValuesWithAnyCharacters() {
        String cursor = Cursor.encode("0000000001-0000001201", "阳光/花园 & more");
        assertThat(cursor).matches("^[A-Za-z0-9_-]+$");
        assertThat(Cursor.decode(cursor, 2)).containsExactly("0000000001-0000001201", "阳光/花园 & more");
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertThat(Cursor.decode(null, 1)).isNull();
        assertThat(Cursor.decode("", 1)).isNull();
    }

    @Test
    void aCursorOfAnotherShapeIsRejectedOnTheCursorField() {
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a"), 2))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(ApiException.FieldProblem::field)
                        .containsExactly("cursor"));
        assertThatThrownBy(() -> Cursor.decode("!!!", 1)).isInstanceOf(ApiException.class);
    }

    @Test
    void limitsOutsideOneTo200AreRejected() {
        assertThat(Page.limit(null)).isEqualTo(50);
        assertThat(Page.limit(200)).isEqualTo(200);
        assertThatThrownBy(() -> Page.limit(201)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Page.limit(0)).isInstanceOf(ApiException.class);
    }
}
