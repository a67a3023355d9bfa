package ca.quorum.it;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;

/** The one deployment factory of this module: the application's EJB module and libraries, plus the test helpers. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ejbApplication() {
        JavaArchive ejb = ShrinkWrap.create(ExplodedImporter.class, "quorum-ejb.jar")
                .importDirectory(new File("target/classes")).as(JavaArchive.class)
                .addPackage(Deployments.class.getPackage())
                .addClass(ca.quorum.documents.infrastructure.TestPdfs.class)
                .addClass(ca.quorum.documents.infrastructure.LocalAuthority.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "quorum-it.ear")
                .addAsModule(ejb)
                .addAsManifestResource(new File("../ear/src/main/application/META-INF/jboss-deployment-structure.xml"));
        File[] libs = Objects.requireNonNull(new File("target/it-libs").listFiles(), "target/it-libs is missing");
        Arrays.stream(libs).filter(f -> f.getName().endsWith(".jar")).forEach(ear::addAsLibrary);
        return ear;
    }
}
