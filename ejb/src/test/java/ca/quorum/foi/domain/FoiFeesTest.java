package ca.quorum.foi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class FoiFeesTest {

    private static final FoiSettings REG_823 = FoiSettings.defaults(Set.of());

    @Test
    void searchAndPreparationCostSevenFiftyForEachQuarterHourBegun() {
        assertEquals(0, FoiFees.fees(REG_823, 0, 0, 0, 0).totalCents());
        assertEquals(750, FoiFees.fees(REG_823, 15, 0, 0, 0).searchCents());
        assertEquals(750, FoiFees.fees(REG_823, 1, 0, 0, 0).searchCents(), "a quarter hour begun");
        assertEquals(1500, FoiFees.fees(REG_823, 16, 0, 0, 0).searchCents());
        assertEquals(3000, FoiFees.fees(REG_823, 0, 60, 0, 0).preparationCents(), "an hour of severing is $30");
    }

    @Test
    void pagesAreTwentyCentsAndDisksTenDollars() {
        FoiFees.Fees fees = FoiFees.fees(REG_823, 0, 0, 137, 2);
        assertEquals(2740, fees.pagesCents());
        assertEquals(2000, fees.disksCents());
        assertEquals(4740, fees.totalCents());
    }

    @Test
    void anEstimateIsOwedOverTwentyFiveDollarsNotAtIt() {
        assertFalse(FoiFees.estimateRequired(REG_823, 2500));
        assertTrue(FoiFees.estimateRequired(REG_823, 2501));
        // 45 minutes of search and 50 pages: $22.50 + $10.00 = $32.50
        assertTrue(FoiFees.estimateRequired(REG_823, FoiFees.fees(REG_823, 45, 0, 50, 0).totalCents()));
    }

    @Test
    void halfTheEstimateMayBeAskedAsADepositFromOneHundredDollars() {
        assertEquals(0, FoiFees.deposit(REG_823, 9999));
        assertEquals(5000, FoiFees.deposit(REG_823, 10000), "exactly $100: a deposit may be asked");
        assertEquals(6238, FoiFees.deposit(REG_823, 12475), "half of $124.75, the cent begun owed");
    }

    @Test
    void aWaiverNeedsAReasonAndNeverExceedsTheFees() {
        FoiFees.Balance owed = new FoiFees.Balance(12000, 0, 5000);
        assertEquals(7000, owed.dueCents());
        assertEquals("foi.waiverReason", assertThrows(RuleViolation.class, () -> FoiFees.waive(owed, 1000, " "))
                .key());
        FoiFees.Balance waived = FoiFees.waive(owed, 4000, "financial hardship (s.45(4)(b))");
        assertEquals(3000, waived.dueCents());
        assertEquals("foi.waiverTooLarge", assertThrows(RuleViolation.class, () -> FoiFees.waive(waived, 9000,
                "all of it")).key());
        assertEquals(0, new FoiFees.Balance(12000, 12000, 5000).dueCents(), "an overpayment owes nothing more");
    }

    @Test
    void everyAmountIsAMunicipalSettingAndNonsenseIsRefused() {
        FoiSettings dearer = new FoiSettings(30, 20, 10, true, Set.of(), 500, 1000, 25, 1000, 2500, 10000, 50);
        assertEquals(1000, FoiFees.fees(dearer, 15, 0, 0, 0).searchCents());
        assertEquals(25, FoiFees.fees(dearer, 0, 0, 1, 0).pagesCents());
        assertEquals("foi.settings", assertThrows(RuleViolation.class, () -> new FoiSettings(0, 20, 10, true,
                Set.of(), 500, 750, 20, 1000, 2500, 10000, 50)).key());
        assertEquals("foi.settings", assertThrows(RuleViolation.class, () -> new FoiSettings(30, 20, 10, true,
                Set.of(), 500, 750, 20, 1000, 2500, 10000, 150)).key());
        assertEquals("foi.negativeFee", assertThrows(RuleViolation.class, () -> FoiFees.fees(REG_823, -1, 0, 0, 0))
                .key());
    }
}
