// peer-json JShell startup (bin/peer-shell loads it after peer-sim's): PeerJson and its exception.
import io.github.peersupport.json.*;
