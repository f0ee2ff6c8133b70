// bin/peer-shell scenario.json [seed]: reads the peer-json Scenario document named by PEER_SCENARIO, runs it
// with the seed PEER_SEED (default 42) and prints the report; exits 1 with the reason if it cannot.
int status = 1;
try {
    var scenario = PeerJson.read(Files.readAllBytes(Path.of(System.getenv("PEER_SCENARIO"))), Scenario.class);
    var seed = System.getenv("PEER_SEED") == null ? 42L : Long.parseLong(System.getenv("PEER_SEED"));
    System.out.println(Report.text(scenario, scenario.run(seed)));
    status = 0;
} catch (Exception e) {
    System.err.println(System.getenv("PEER_SCENARIO") + ": " + e.getMessage());
}
/exit status
