// OWL 2 DL profile check and HermiT consistency check, for scripts/check-ontology.
//
// Usage (JDK 11+ runs this source file directly; the OWL API 3 and HermiT classes come from the
// HermiT.jar that the owlready2 wheel bundles):
//   java -cp HermiT.jar scripts/OwlCheck.java ONTOLOGY.nt MERGED.nt [ALLOWED-DATATYPE-IRI...]
//
// ONTOLOGY.nt is checked against the OWL 2 DL profile; "use of unknown datatype" violations for
// the datatypes listed as allowed (RDF datatypes outside OWL 2's datatype map, such as
// rdf:langString) are counted but tolerated. MERGED.nt (ontology + axioms of the reused vocabularies + data)
// must be consistent with no unsatisfiable named class. Exit code 0 when both hold, 1 otherwise.

import java.io.File;
import java.util.*;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;

public class OwlCheck {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: OwlCheck ONTOLOGY.nt MERGED.nt [ALLOWED-DATATYPE-IRI...]");
            System.exit(2);
        }
        Set<String> allowed = new HashSet<>(Arrays.asList(args).subList(2, args.length));
        boolean ok = true;

        OWLOntology ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new File(args[0]));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        int tolerated = 0;
        for (OWLProfileViolation v : report.getViolations()) {
            boolean tolerable = v instanceof UseOfUnknownDatatype
                    && allowed.contains(((UseOfUnknownDatatype) v).getDatatype().getIRI().toString());
            if (tolerable) {
                tolerated++;
            } else {
                System.out.println("profile: " + v);
                ok = false;
            }
        }
        System.out.println("OWL 2 DL profile: " + ontology.getAxiomCount() + " axioms, "
                + (report.getViolations().size() - tolerated) + " violations, " + tolerated
                + " tolerated (datatypes outside the OWL 2 datatype map)");

        OWLOntology merged = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new File(args[1]));
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;
        Reasoner reasoner = new Reasoner(config, merged);
        if (!reasoner.isConsistent()) {
            System.out.println("HermiT: the merged ontology and data are INCONSISTENT");
            System.exit(1);
        }
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        for (OWLClass c : unsatisfiable) {
            System.out.println("HermiT: unsatisfiable class " + c.getIRI());
            ok = false;
        }
        System.out.println("HermiT: consistent, " + merged.getAxiomCount() + " axioms, "
                + merged.getIndividualsInSignature().size() + " individuals, "
                + unsatisfiable.size() + " unsatisfiable classes");
        System.exit(ok ? 0 : 1);
    }
}
