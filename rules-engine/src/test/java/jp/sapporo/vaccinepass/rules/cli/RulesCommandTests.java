package jp.sapporo.vaccinepass.rules.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command in-process (fast); {@link CommandLineProcessTests} runs the packaged jar.
 */
class RulesCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(InputStream in, String... args) {
		return RulesCommand.run(args, in, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void anUnreadableInputIsAnUnexpectedFailureWithOneLineAndExitCodeThree() {
		InputStream broken = new InputStream() {
			@Override
			public int read() throws java.io.IOException {
				throw new java.io.IOException("disk on fire\nsecond line");
			}
		};
		assertThat(run(broken, "evaluate")).isEqualTo(3);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("rules-engine: unexpected failure: IOException: disk on fire" + System.lineSeparator());
		assertThat(this.out.size()).isZero();
	}

	@Test
	void evaluateExitsWithZeroWhateverTheOutcome() {
		String request = """
				{"programme": "sapporo-passcode-2021", "referenceDate": "2022-01-05",
				 "people": [{"id": "me", "birthDate": "1990-01-01"}]}""";
		assertThat(run(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), "evaluate")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"outcome\" : \"NOT_ELIGIBLE\"");
	}

}
