var scenario = sample.withName("quick-offers").withOfferWindow(Duration.ofDays(2));
Files.writeString(Path.of("scenario.json"), PeerJson.writePretty(scenario));
var back = PeerJson.read(Files.readString(Path.of("scenario.json")), Scenario.class);
System.out.println("same scenario: " + back.equals(scenario));
var run = back.run(42);
Files.writeString(Path.of("run.json"), PeerJson.writePretty(run));
System.out.println("same run: " + PeerJson.read(Files.readString(Path.of("run.json")), Run.class).equals(run));
/exit
