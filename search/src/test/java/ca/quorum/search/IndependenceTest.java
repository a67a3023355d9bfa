package ca.quorum.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md: {@code search} is plain Java and imports nothing of the application or of Jakarta EE. */
@AnalyzeClasses(packages = "ca.quorum.search", importOptions = ImportOption.DoNotIncludeTests.class)
class IndependenceTest {

    @ArchTest
    static final ArchRule importsNothingOfTheApplication = noClasses().that().resideInAPackage("ca.quorum.search..")
            .should().dependOnClassesThat().resideInAnyPackage("ca.quorum.shared..", "ca.quorum.admin..",
                    "ca.quorum.meeting..", "ca.quorum.discovery..", "ca.quorum.records..", "ca.quorum.documents..",
                    "ca.quorum.web..", "ca.quorum.demo..");

    @ArchTest
    static final ArchRule importsNoJakartaEe = noClasses().that().resideInAPackage("ca.quorum.search..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..",
                    "jakarta.inject..", "jakarta.persistence..", "jakarta.faces..", "jakarta.ws.rs..",
                    "jakarta.servlet..");
}
