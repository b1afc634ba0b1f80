package jp.sapporo.vaccinepass.rules.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged {@code target/rules-engine.jar} as a separate process, as a travel
 * agency's script would (failsafe, after {@code package}).
 */
class CommandLineProcessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Path jar;

	@BeforeAll
	static void findTheJar() {
		jar = Path.of(System.getProperty("rules-engine.jar", "target/rules-engine.jar"));
		assertThat(jar).as("run after package: %s", jar).isRegularFile();
	}

	record Run(int exitCode, String out, String err) {

		JsonNode json() {
			return JSON.readTree(this.out);
		}

	}

	private static Run run(String stdin, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// a JVM whose default charset and zone differ from Japan's: output must not
		// change
		command.add("-Dfile.encoding=ISO-8859-1");
		command.add("-Duser.timezone=America/Los_Angeles");
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).start();
		if (stdin != null) {
			process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
		}
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
				new String(err, StandardCharsets.UTF_8));
	}

	private static String request(String programme, String referenceDate, String people) {
		return "{\"programme\": \"" + programme + "\", \"referenceDate\": \"" + referenceDate + "\", \"people\": "
				+ people + "}";
	}

	@Test
	void programmesListsTheFourProgrammesInJapaneseByDefault() throws Exception {
		Run run = run(null, "programmes");
		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		JsonNode json = run.json();
		assertThat(json.size()).isEqualTo(4);
		assertThat(json.get(1).get("id").stringValue()).isEqualTo("sapporo-passcode-2021");
		assertThat(json.get(1).get("name").stringValue()).isEqualTo("さっぽろPASS-CODE（試行）");
	}

	@Test
	void evaluateAnswersTheContractExample() throws Exception {
		String example = Files.readString(Path.of("src/test/resources/contract-example-request.json"));
		Run run = run(example, "evaluate", "--lang", "en");
		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		JsonNode json = run.json();
		assertThat(json.get("ruleSetVersion").stringValue()).isEqualTo("2021-12-15");
		assertThat(json.get("people").get(0).get("eligibleFrom").stringValue()).isEqualTo("2021-08-05");
		assertThat(json.get("people").get(0).get("reasons").get(0).get("message").stringValue())
			.startsWith("14 days have passed");
	}

	@Test
	void evaluateWorksForEveryProgramme() throws Exception {
		String person = "[{\"id\": \"p\", \"birthDate\": \"1980-01-01\", \"vaccinations\": ["
				+ "{\"dose\": 1, \"date\": \"2021-07-01\"}, {\"dose\": 2, \"date\": \"2021-07-22\"},"
				+ "{\"dose\": 3, \"date\": \"2022-01-10\"}]}]";
		for (String programme : List.of("sapporo-passcode-2021", "shinshu-wari-special-v2", "fukuoka-vtp-3dose")) {
			Run run = run(request(programme, "2022-02-01", person), "evaluate");
			assertThat(run.exitCode()).as(programme).isZero();
			assertThat(run.json().get("eligibleCount").intValue()).as(programme).isEqualTo(1);
		}
		String table = request("tochigi-vtp-restaurant", "2022-02-01", person).replace("\"people\"",
				"\"context\": {\"tableSize\": 6}, \"people\"");
		Run tochigi = run(table, "evaluate", "--lang=zh");
		assertThat(tochigi.exitCode()).isZero();
		assertThat(tochigi.json().get("people").get(0).get("basis").stringValue()).isEqualTo("VACCINATION");
		assertThat(tochigi.json().get("people").get(0).get("reasons").get(0).get("message").stringValue())
			.isEqualTo("同桌6人，全员需确认（5人及以上）。");
	}

	@Test
	void anImpossibleDateExitsWithTwoAndTheErrorObject() throws Exception {
		Run run = run(request("shinshu-wari-special-v2", "2022-02-30", "[]"), "evaluate", "--lang", "en");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).isEmpty();
		JsonNode error = run.json().get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("INVALID_DATE");
		assertThat(error.get("field").stringValue()).isEqualTo("referenceDate");
		assertThat(error.get("message").stringValue()).contains("2022-02-30");
	}

	@Test
	void malformedJsonExitsWithTwoAndNoStackTrace() throws Exception {
		Run run = run("{\"programme\": ", "evaluate");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.json().get("error").get("code").stringValue()).isEqualTo("MALFORMED_JSON");
		assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void anUnknownProgrammeAndAForbiddenOptionExitWithTwo() throws Exception {
		Run unknown = run(request("osaka", "2022-02-01", "[{\"id\": \"p\", \"birthDate\": \"1980-01-01\"}]"),
				"evaluate");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.json().get("error").get("code").stringValue()).isEqualTo("UNKNOWN_PROGRAMME");
		Run forbidden = run(
				request("tochigi-vtp-restaurant", "2022-02-01", "[{\"id\": \"p\", \"birthDate\": \"1980-01-01\"}]")
					.replace("\"people\"", "\"context\": {\"vaccinationOnly\": true}, \"people\""),
				"evaluate");
		assertThat(forbidden.exitCode()).isEqualTo(2);
		assertThat(forbidden.json().get("error").get("field").stringValue()).isEqualTo("context.vaccinationOnly");
	}

	@Test
	void aWrongCommandPrintsTheUsageAndExitsWithTwo() throws Exception {
		Run run = run(null, "judge");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("usage: ");
		assertThat(run(null).exitCode()).isEqualTo(2);
		assertThat(run(null, "--lang", "fr", "programmes").exitCode()).isEqualTo(2);
	}

}
