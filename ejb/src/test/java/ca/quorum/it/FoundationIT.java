package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.admin.application.Authenticator;
import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.admin.application.UserAdministration;
import ca.quorum.admin.application.UserView;
import ca.quorum.admin.domain.NewUser;
import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.SignInThrottle;
import ca.quorum.demo.DemoSeeder;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.application.SystemHealth;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.audit.domain.ChainVerification;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The foundation inside WildFly, against real PostgreSQL and Elasticsearch: schema and demo data, health, the audit
 * chain under SQL tampering, and the tenant boundary of the application services.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    private static final String PASSWORD = "a long enough passphrase";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsSystem asSystem;

    @Inject
    AsAdministrator asAdministrator;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    UserAdministration users;

    @Inject
    Authenticator authenticator;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    MeetingCalendar calendar;

    @Inject
    SystemHealth health;

    @Inject
    Sql sql;

    @Inject
    AsClerk clerk;

    @Inject
    ca.quorum.documents.application.SigningKeys keys;

    /** Runs {@code work} in municipality {@code slug} as its administrator; business exceptions pass through. */
    private <T> T administer(String slug, Callable<T> work) {
        return TenantContext.callAs(slug, () -> unchecked(() -> asAdministrator.call(work)));
    }

    private String newMunicipality() {
        String slug = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TenantContext.runAs(slug, () -> unchecked(() -> asSystem.call(() -> directory.register(slug, "Test " + slug,
                null, ZoneId.of("America/Toronto"), List.of("en")))));
        return slug;
    }

    /** Calls {@code work}, letting runtime (business) exceptions through and wrapping checked ones. */
    private static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ChainVerification verify(String slug) throws Exception {
        return administer(slug, audit::verify);
    }

    /** A municipality with a chain of 10 entries: its registration and nine changes. */
    private String municipalityWithTenEntries() throws Exception {
        String slug = newMunicipality();
        TenantContext.runAs(slug, () -> {
            for (int i = 2; i <= 10; i++) {
                trail.append(i);
            }
        });
        assertEquals(ChainVerification.intact(10), verify(slug));
        assertEquals(ChainVerification.intact(10), sql.verifyFromOutside(slug));
        return slug;
    }

    @Test
    void schemaIsMigratedAndDemoDataLoaded() {
        List<String> slugs = directory.all().stream().map(MunicipalitySummary::slug).toList();
        assertTrue(slugs.containsAll(List.of(DemoSeeder.LAKEVIEW, DemoSeeder.PINECREST)), slugs.toString());
        var bodies = TenantContext.callAs(DemoSeeder.LAKEVIEW, calendar::bodies);
        var council = bodies.stream().filter(b -> b.kind().equals("COUNCIL")).findFirst().orElseThrow();
        assertEquals(9, council.members(), "mayor and eight councillors");
        assertEquals(2, bodies.stream().filter(b -> b.kind().equals("STANDING_COMMITTEE")).count());
        assertFalse(TenantContext.callAs(DemoSeeder.LAKEVIEW, () -> calendar.upcoming(5)).isEmpty());
    }

    @Test
    void healthReportsTheRealDatabaseAndSearchEngine() {
        SystemHealth.Report report = health.check();
        assertTrue(report.database().up(), report.database().detail());
        assertTrue(report.database().detail().startsWith("PostgreSQL 17"), report.database().detail());
        assertTrue(report.search().up(), report.search().detail());
        assertTrue(report.search().detail().contains("1 node"), report.search().detail());
    }

    @Test
    void demoChainsAreIntactFromInsideAndOutside() throws Exception {
        // the demo's packet is built in the background after deployment; let it finish appending to the chain
        for (int i = 0; i < 240 && sql.number("select count(*) from agenda_packet where status = 'BUILDING'") > 0; i++) {
            Thread.sleep(250);
        }
        ChainVerification inside = verify(DemoSeeder.LAKEVIEW);
        assertTrue(inside.intact(), inside.summary());
        assertEquals(inside, sql.verifyFromOutside(DemoSeeder.LAKEVIEW));
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        String slug = municipalityWithTenEntries();
        assertEquals(1, sql.update("update audit_entry set actor = 'mallory' where tenant = ? and seq = 4", slug));
        ChainVerification result = verify(slug);
        assertFalse(result.intact());
        assertEquals(4, result.firstBroken(), result.summary());
        assertEquals(result, sql.verifyFromOutside(slug));
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        String slug = municipalityWithTenEntries();
        assertEquals(1, sql.update("delete from audit_entry where tenant = ? and seq = 6", slug));
        ChainVerification result = verify(slug);
        assertEquals(6, result.firstBroken(), result.summary());
        assertTrue(result.reason().contains("missing"), result.reason());
        assertEquals(result, sql.verifyFromOutside(slug));
    }

    @Test
    void aDeletedNewestRowIsNamed() throws Exception {
        String slug = municipalityWithTenEntries();
        assertEquals(1, sql.update("delete from audit_entry where tenant = ? and seq = 10", slug));
        assertEquals(10, verify(slug).firstBroken());
    }

    @Test
    void reorderedRowsAreNamed() throws Exception {
        String slug = municipalityWithTenEntries();
        sql.update("update audit_entry set seq = -3 where tenant = ? and seq = 3", slug);
        sql.update("update audit_entry set seq = 3 where tenant = ? and seq = 7", slug);
        sql.update("update audit_entry set seq = 7 where tenant = ? and seq = -3", slug);
        ChainVerification result = verify(slug);
        assertEquals(3, result.firstBroken(), result.summary());
        assertEquals(result, sql.verifyFromOutside(slug));
    }

    @Test
    void aChainRewrittenWithItsHeadIsCaughtByThePublishedAnchorEvenWithoutTheKey() throws Exception {
        String slug = municipalityWithTenEntries();
        sql.rewriteChain(slug, 4, "mallory", false);
        ChainVerification withoutKey = sql.verifyFromOutsideWithoutKey(slug);
        assertFalse(withoutKey.intact(), "every hash and link matches again, but the anchor of today does not");
        assertTrue(withoutKey.reason().contains("differs from the anchor published"), withoutKey.reason());
        ChainVerification inside = verify(slug);
        assertFalse(inside.intact());
        assertEquals(inside, sql.verifyFromOutside(slug));
    }

    @Test
    void aChainRewrittenWithItsHeadAndAnchorsIsCaughtByTheSealsWhichNeedTheKey() throws Exception {
        String slug = municipalityWithTenEntries();
        sql.rewriteChain(slug, 4, "mallory", true);
        assertTrue(sql.verifyFromOutsideWithoutKey(slug).intact(), "hashes, links and anchors all rewritten");
        ChainVerification result = verify(slug);
        assertFalse(result.intact());
        assertTrue(result.reason().contains("not sealed with this server's key"), result.reason());
        assertEquals(result, sql.verifyFromOutside(slug));
    }

    /** Opens the municipality's current signing key as its clerk would to sign; business exceptions pass through. */
    private Object openSigningKey(String slug) {
        return TenantContext.callAs(slug, () -> unchecked(() -> clerk.call(() -> keys.credential("Clerk", null))));
    }

    @Test
    void aSealedKeystoreCopiedToAnotherMunicipalityOrRowDoesNotOpen() throws Exception {
        String a = newMunicipality();
        String b = newMunicipality();
        assertTrue(openSigningKey(a) != null && openSigningKey(b) != null, "each town's own key opens");
        // someone with the database copies A's sealed keystore and password over B's
        assertEquals(1, sql.update("update signing_key k set keystore = s.keystore, password = s.password "
                + "from signing_key s where s.tenant = ? and s.owner is null and s.replaced_at is null "
                + "and k.tenant = ? and k.owner is null and k.replaced_at is null", a, b));
        RuntimeException moved = assertThrows(RuntimeException.class, () -> openSigningKey(b));
        assertTrue(Failures.messages(moved).contains("cannot be opened"), Failures.messages(moved));

        // within one town: a replaced key's sealed values copied over the current key's
        var pair = ca.quorum.documents.infrastructure.Certificates.rsa();
        java.time.Instant now = java.time.Instant.now();
        var certificate = ca.quorum.documents.infrastructure.Certificates.issue("CN=Town of A Records Signing", pair,
                null, null, now.minusSeconds(60), now.plus(java.time.Duration.ofDays(30)),
                ca.quorum.documents.infrastructure.Certificates.Purpose.DOCUMENT_SIGNING, java.util.Optional.empty());
        byte[] pkcs12 = ca.quorum.documents.infrastructure.Certificates.pkcs12(
                new ca.quorum.documents.infrastructure.Certificates.KeyAndChain(pair.getPrivate(), List.of(certificate)),
                "installed-pw".toCharArray());
        TenantContext.callAs(a, () -> unchecked(() -> clerk.call(() -> keys.installMunicipalityKeystore(pkcs12,
                "installed-pw"))));
        assertTrue(openSigningKey(a) != null, "the installed key opens");
        assertEquals(1, sql.update("update signing_key k set keystore = s.keystore, password = s.password "
                + "from signing_key s where s.tenant = ? and s.owner is null and s.replaced_at is not null "
                + "and k.tenant = s.tenant and k.owner is null and k.replaced_at is null", a));
        RuntimeException swapped = assertThrows(RuntimeException.class, () -> openSigningKey(a));
        assertTrue(Failures.messages(swapped).contains("cannot be opened"), Failures.messages(swapped));
    }

    @Test
    void aRewrittenTimestampIsNamed() throws Exception {
        String slug = municipalityWithTenEntries();
        sql.update("update audit_entry set occurred_at = occurred_at - interval '1 day' where tenant = ? and seq = 2",
                slug);
        assertEquals(2, verify(slug).firstBroken());
    }

    @Test
    void servicesOfOneMunicipalityCannotReadOrChangeAnother() throws Exception {
        String a = newMunicipality();
        String b = newMunicipality();
        UserView inB = administer(b, () -> users.createUser(new NewUser("bertha", "Bertha of B", "bertha@example.org",
                PASSWORD, EnumSet.of(Role.CLERK))));
        assertThrows(RecordNotFoundException.class, () -> administer(a, () -> users.user(inB.id())));
        assertThrows(RecordNotFoundException.class,
                () -> administer(a, () -> users.grantRoles(inB.id(), EnumSet.of(Role.ADMINISTRATOR))));
        assertTrue(administer(a, () -> users.users(0, 100)).isEmpty());
        assertTrue(authenticator.authenticate(a, "bertha", PASSWORD).isEmpty());
        assertTrue(authenticator.authenticate(b, "bertha", PASSWORD).isPresent());
        // the roles of B's user are untouched, and each chain recorded only its own municipality's changes
        assertEquals(EnumSet.of(Role.CLERK), administer(b, () -> users.user(inB.id())).roles());
        assertEquals(ChainVerification.intact(2), verify(a), "A's chain: its creation and the failed sign-in there");
        assertEquals(ChainVerification.intact(2), verify(b));
    }

    @Test
    void badUserCommandsAreRefusedAndStoreNothing() throws Exception {
        String slug = newMunicipality();
        RequestRefusedException refused = assertThrows(RequestRefusedException.class,
                () -> administer(slug, () -> users.createUser(new NewUser("x", "", "nope", "short", null))));
        assertEquals(4, refused.reasons().size(), refused.reasons().toString());
        administer(slug, () -> users.createUser(new NewUser("dup", "First", "d@example.org", PASSWORD, null)));
        assertThrows(RequestRefusedException.class, () -> administer(slug,
                () -> users.createUser(new NewUser("dup", "Second", "e@example.org", PASSWORD, null))));
        assertEquals(ChainVerification.intact(2), verify(slug), "one registration, one user: no trace of refusals");
    }

    @Test
    void anonymousCallersCannotAdministerUsers() {
        TenantContext.runAs(DemoSeeder.LAKEVIEW, () -> assertThrows(EJBAccessException.class, () -> users.users(0, 10)));
    }

    @Test
    void wrongPasswordsSlowDownThenLockOneAddressWhileTheRealUserSignsInFromAnother() throws Exception {
        String town = newMunicipality();
        administer(town, () -> users.createUser(new NewUser("target", "Targeted Clerk", "target@example.org",
                PASSWORD, EnumSet.of(Role.CLERK))));
        String attacker = "203.0.113.9";
        for (int i = 1; i <= SignInThrottle.FREE; i++) {
            assertInstanceOf(Authenticator.Refused.class, authenticator.signIn(town, "target", "guess" + i, attacker,
                    true), "the first failures cost nothing");
        }
        Authenticator.Locked slowed = assertInstanceOf(Authenticator.Locked.class,
                authenticator.signIn(town, "target", PASSWORD, attacker, true),
                "even the right password waits: nothing is checked while an address is made to wait");
        assertTrue(slowed.retryAfter().toSeconds() <= 2, slowed.toString());
        Authenticator.Accepted real = assertInstanceOf(Authenticator.Accepted.class,
                authenticator.signIn(town, "target", PASSWORD, "198.51.100.7", true),
                "the real user, from another address, is not locked out");
        assertNull(real.user().previousSignIn(), "the first sign-in");
        Authenticator.Accepted again = assertInstanceOf(Authenticator.Accepted.class,
                authenticator.signIn(town, "target", PASSWORD, "198.51.100.7", true));
        assertEquals("198.51.100.7", again.user().previousAddress(), "the user is shown their last sign-in");
        sql.update("update sign_in_attempt set failures = ?, last_failure_at = now() where tenant = ? and address = ?",
                SignInThrottle.ADDRESS_LOCK - 1, town, attacker);
        sql.update("update sign_in_attempt set last_failure_at = now() - interval '2 minutes' where tenant = ?", town);
        assertInstanceOf(Authenticator.Refused.class, authenticator.signIn(town, "target", "guess", attacker, true));
        Authenticator.Locked locked = assertInstanceOf(Authenticator.Locked.class,
                authenticator.signIn(town, "target", PASSWORD, attacker, true));
        assertTrue(locked.retryAfter().toMinutes() >= SignInThrottle.LOCK_MINUTES - 1, locked.toString());
        assertEquals(SignInThrottle.FREE + 1L, sql.number("select count(*) from audit_entry where tenant = ? and action "
                + "= 'SignInFailed'", town), "every failure is audited");
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = 'SignInLocked'",
                town));
        assertEquals(2, sql.number("select count(*) from audit_entry where tenant = ? and action = 'SignedIn'",
                town));
        assertEquals(0, sql.number("select count(*) from audit_entry where tenant = ? and details like ?", town,
                "%" + PASSWORD + "%"), "never a password");
        assertEquals(ChainVerification.intact(verify(town).entriesChecked()), verify(town));
    }
}
