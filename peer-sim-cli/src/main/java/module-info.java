/**
 * The batch command of the simulation, {@code bin/peer-sim} ({@link io.github.peersupport.sim.cli.PeerSimCommand}:
 * {@code run}, {@code sweep} with shards for job arrays, {@code merge}), and the script runner of {@code
 * bin/peer-shell} ({@link io.github.peersupport.sim.cli.ShellScript}), which stops a JShell script at its
 * first failing statement. An application: it reads scenario and grid documents through peer-json and runs
 * them with peer-sim; it exports nothing.
 */
module io.github.peersupport.sim.cli {
  requires io.github.peersupport.sim;
  requires io.github.peersupport.json;
  requires jdk.jshell;
  requires static org.jspecify;
}
