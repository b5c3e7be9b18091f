package org.convlab.viewmodel.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegerFieldTest {
    private final IntegerField field = new IntegerField("Input height H", 1, 100_000, 512);

    @Test
    void startsValidWithItsInitialValue() {
        assertThat(field.getValue()).isEqualTo(512);
        assertThat(field.getText()).isEqualTo("512");
        assertThat(field.isValid()).isTrue();
    }

    @Test
    void acceptsThousandsSeparators() {
        field.setText("12,345");
        assertThat(field.getValue()).isEqualTo(12_345);
        field.setText(" 1 024 ");
        assertThat(field.getValue()).isEqualTo(1_024);
    }

    @Test
    void refusesBadGroupingRatherThanGuessing() {
        field.setText("1,0");
        assertThat(field.getValue()).isNull();
        assertThat(field.getError())
                .isEqualTo(
                        "Input height H: “1,0” is not grouped in thousands; type 10 or group digits in threes (1,000).");
    }

    @Test
    void namesEveryKindOfProblem() {
        field.setText("");
        assertThat(field.getError())
                .isEqualTo("Input height H is empty: type a whole number from 1 to 100,000.");
        field.setText("5.5");
        assertThat(field.getError()).isEqualTo("Input height H: “5.5” is not a whole number.");
        field.setText("-3");
        assertThat(field.getError()).isEqualTo("Input height H must be at least 1 (got −3).");
        field.setText("99999999999999999999");
        assertThat(field.getError())
                .isEqualTo(
                        "Input height H must be at most 100,000 (got 99,999,999,999,999,999,999).");
        assertThat(field.getValue()).isNull();
    }

    @Test
    void theRevisionMovesOnlyAfterValueAndErrorAreUpToDate() {
        int[] seen = {0};
        field.revisionProperty()
                .addListener(
                        (obs, was, now) -> {
                            seen[0]++;
                            assertThat(field.getValue()).isNull();
                            assertThat(field.getError()).isNotEmpty();
                        });
        field.setText("abc");
        assertThat(seen[0]).isEqualTo(1);
    }
}
