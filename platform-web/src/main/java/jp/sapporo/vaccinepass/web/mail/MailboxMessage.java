package jp.sapporo.vaccinepass.web.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the demo mailbox shows it.
 *
 * @param to the recipient
 * @param subject the subject
 * @param sentAt when it was sent
 * @param body the plain text
 */
public record MailboxMessage(String to, String subject, Instant sentAt, String body) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/**
	 * The body cut into text and links, so the page can make links clickable without
	 * trusting the message's markup.
	 * @return the parts in order
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = LINK.matcher(this.body);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				parts.add(new Part(this.body.substring(at, matcher.start()), null));
			}
			parts.add(new Part(matcher.group(), matcher.group()));
			at = matcher.end();
		}
		if (at < this.body.length()) {
			parts.add(new Part(this.body.substring(at), null));
		}
		return parts;
	}

	/**
	 * A piece of the body.
	 *
	 * @param text the text
	 * @param link the address when this piece is a link, else {@code null}
	 */
	public record Part(String text, String link) {
	}

}
