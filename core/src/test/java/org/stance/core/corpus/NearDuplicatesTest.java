package org.stance.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static LabeledStatement s(String id, String text) {
        return new LabeledStatement(id, text, Set.of(), List.of(), "c", "", "");
    }

    @Test
    void slotFillsThatOnlySwapNamesAreNearDuplicates() {
        List<NearDuplicates.Pair> pairs = NearDuplicates.find(List.of(
                s("a", "Rubio urged India to show maximum restraint along the Line of Control."),
                s("b", "Lammy urged Pakistan to show maximum restraint along the Line of Control."),
                s("c", "The minister offered condolences to the families of the victims.")));
        assertEquals(1, pairs.size());
        assertEquals("a", pairs.get(0).a().id());
        assertEquals("b", pairs.get(0).b().id());
        assertTrue(pairs.get(0).similarity() >= NearDuplicates.THRESHOLD);
    }

    @Test
    void paraphrasesAreNot() {
        assertTrue(NearDuplicates.find(List.of(
                s("a", "Rubio urged India to show maximum restraint along the Line of Control."),
                s("b", "Pakistan was pressed by Washington to avoid any further escalation."))).isEmpty());
    }
}
