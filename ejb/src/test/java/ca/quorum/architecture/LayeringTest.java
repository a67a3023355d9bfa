package ca.quorum.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md, enforced: domain code imports no persistence runtime, CDI, EJB, Faces, JAX-RS or Servlet
 * types, and no application or infrastructure code. Mapping metadata (JPA and Hibernate annotations and the enums
 * they take) is allowed on domain entities, as in Cargo Tracker.
 */
@AnalyzeClasses(packages = "ca.quorum", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final DescribedPredicate<JavaClass> MAPPING_METADATA =
            DescribedPredicate.describe("a mapping annotation or the enums it takes",
                    c -> c.isAnnotation() || c.isEnum());

    @ArchTest
    static final ArchRule domainUsesNoPersistenceRuntime = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                    .and(not(MAPPING_METADATA)))
            .because("domain code states rules; loading and storing is infrastructure's job");

    @ArchTest
    static final ArchRule domainUsesNoContainer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..",
                    "jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..",
                    "jakarta.security..", "org.primefaces..")
            .because("domain rules are plain Java, unit-tested without a container");

    @ArchTest
    static final ArchRule domainDoesNotReachOutward = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..demo..")
            .because("dependencies point inward, to the domain");

    @ArchTest
    static final ArchRule applicationDoesNotUseInfrastructureOfOtherContexts = noClasses()
            .that().resideInAPackage("ca.quorum.meeting..")
            .should().dependOnClassesThat().resideInAnyPackage("ca.quorum.admin.application..",
                    "ca.quorum.admin.infrastructure..")
            .because("contexts talk through application services or events, not each other's repositories");
}
