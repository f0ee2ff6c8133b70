// bin/peer-shell scenario.json [seed]: reads a peer-json Scenario document, runs it with the seed
// (default 42) and prints the report; exits 1 with the reader's message if the document is not valid.
int status = 0;
try {
    var scenario = PeerJson.read(Files.readAllBytes(Path.of(System.getProperty("peer.scenario"))), Scenario.class);
    System.out.println(Report.text(scenario, scenario.run(Long.parseLong(System.getProperty("peer.seed", "42")))));
} catch (PeerJsonException | IOException | NumberFormatException e) {
    System.err.println(System.getProperty("peer.scenario") + ": " + e.getMessage());
    status = 1;
}
/exit status
