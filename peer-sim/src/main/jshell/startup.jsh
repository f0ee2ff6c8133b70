// peer-sim JShell startup: the library's packages and a sample programme.
import io.github.peersupport.sim.*;
import io.github.peersupport.sim.stats.*;
import io.github.peersupport.programmes.*;
import io.github.peersupport.core.*;
import io.github.peersupport.core.person.*;
import io.github.peersupport.core.escalation.*;
import io.github.peersupport.groups.*;
import io.github.peersupport.groups.formation.*;
import io.github.peersupport.matching.*;
import io.github.peersupport.matching.lifecycle.*;
import java.nio.file.*;
import java.time.*;
var sample = Scenario.standard();
System.out.println("peer-sim ready: `sample` is " + sample + ". Try sample.run(42)");
