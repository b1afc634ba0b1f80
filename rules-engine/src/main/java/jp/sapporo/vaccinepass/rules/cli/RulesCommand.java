package jp.sapporo.vaccinepass.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.json.EligibilityJson;

/**
 * The command line: {@code programmes} lists the definitions, {@code evaluate} reads a
 * request on standard input and prints the decision. {@code --lang en|ja|zh} chooses the
 * language of the messages (Japanese by default).
 *
 * <p>
 * Exit codes: 0 a decision or the list was printed (whatever the outcome); 2 invalid
 * input (the contract's error object on standard output) or a usage error (one line on
 * standard error); 3 an unexpected failure (one line on standard error, never a stack
 * trace).
 */
public final class RulesCommand {

	static final int OK = 0;

	static final int INVALID_INPUT = 2;

	static final int FAILURE = 3;

	private static final String USAGE = "usage: java -jar rules-engine.jar [--lang ja|en|zh] programmes|evaluate < request.json";

	private RulesCommand() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(args, System.in, out, err));
	}

	/**
	 * Run the command.
	 * @param args the arguments
	 * @param in standard input
	 * @param out standard output
	 * @param err standard error
	 * @return the exit code
	 */
	static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		try {
			Locale locale = Locale.JAPANESE;
			String command = null;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--lang") && i + 1 < args.length) {
					locale = language(args[++i]);
				}
				else if (arg.startsWith("--lang=")) {
					locale = language(arg.substring("--lang=".length()));
				}
				else if (command == null && !arg.startsWith("-")) {
					command = arg;
				}
				else {
					locale = null;
					break;
				}
			}
			if (locale == null || command == null) {
				err.println(USAGE);
				return INVALID_INPUT;
			}
			EligibilityEngine engine = EligibilityEngine.withBuiltInProgrammes();
			switch (command) {
				case "programmes" -> {
					out.println(EligibilityJson.writeProgrammes(engine.programmes(), locale));
					return OK;
				}
				case "evaluate" -> {
					String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					try {
						EligibilityRequest request = EligibilityJson.parseRequest(json);
						Decision decision = engine.evaluate(request);
						out.println(EligibilityJson.writeDecision(decision, locale));
						return OK;
					}
					catch (InvalidRequestException ex) {
						out.println(EligibilityJson.writeError(ex, locale));
						return INVALID_INPUT;
					}
				}
				default -> {
					err.println(USAGE);
					return INVALID_INPUT;
				}
			}
		}
		catch (IOException | RuntimeException | Error ex) {
			err.println("rules-engine: unexpected failure: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? ": " + ex.getMessage().lines().findFirst().orElse("") : ""));
			return FAILURE;
		}
	}

	private static Locale language(String tag) {
		return switch (tag) {
			case "ja" -> Locale.JAPANESE;
			case "en" -> Locale.ENGLISH;
			case "zh" -> Locale.CHINESE;
			default -> null;
		};
	}

}
