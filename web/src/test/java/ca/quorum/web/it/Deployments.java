package ca.quorum.web.it;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment factory of this module: the application as the EAR module packages it, served at "/". */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ejbJar = Arrays.stream(Objects.requireNonNull(new File("../ejb/target").listFiles()))
                .filter(f -> f.getName().matches("quorum-ejb-.*\\.jar") && !f.getName().endsWith("-tests.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build the ejb module first (mvn install)"));
        JavaArchive ejb = ShrinkWrap.create(ZipImporter.class, "quorum-ejb.jar").importFrom(ejbJar)
                .as(JavaArchive.class);
        WebArchive web = ShrinkWrap.create(ZipImporter.class, "quorum-web.war")
                .importFrom(new File("target/quorum-web.war")).as(WebArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "quorum.ear")
                .addAsModule(ejb).addAsModule(web)
                .setApplicationXML(new StringAsset("""
                        <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                          <display-name>quorum</display-name>
                          <module><ejb>quorum-ejb.jar</ejb></module>
                          <module><web><web-uri>quorum-web.war</web-uri><context-root>/</context-root></web></module>
                        </application>"""))
                .addAsManifestResource(new File("../ear/src/main/application/META-INF/jboss-deployment-structure.xml"));
        File[] libs = Objects.requireNonNull(new File("../ejb/target/it-libs").listFiles(),
                "../ejb/target/it-libs is missing");
        Arrays.stream(libs).filter(f -> f.getName().endsWith(".jar")).forEach(ear::addAsLibrary);
        return ear;
    }
}
