package jp.sapporo.vaccinepass.web.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Reads one address's inbox on the embedded mail server over IMAP, so every app can show
 * the messages whichever app started the server.
 */
public class DemoMailbox {

	private final String host;

	private final int imapPort;

	public DemoMailbox(String host, int imapPort) {
		this.host = host;
		this.imapPort = imapPort;
	}

	/**
	 * The messages sent to an address, newest first.
	 * @param address the e-mail address
	 * @return the messages
	 * @throws IllegalStateException when the mail server cannot be read
	 */
	public List<MailboxMessage> messages(String address) {
		Properties properties = new Properties();
		properties.put("mail.imap.connectiontimeout", "3000");
		properties.put("mail.imap.timeout", "5000");
		Session session = Session.getInstance(properties);
		try (Store store = session.getStore("imap")) {
			// the embedded server accepts any password: it is a demo tool
			store.connect(this.host, this.imapPort, address, address);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				List<MailboxMessage> messages = new ArrayList<>();
				for (Message message : inbox.getMessages()) {
					Address[] to = message.getAllRecipients();
					messages.add(new MailboxMessage((to != null && to.length > 0) ? to[0].toString() : address,
							message.getSubject(),
							(message.getSentDate() != null) ? message.getSentDate().toInstant() : null, text(message)));
				}
				messages.sort(
						Comparator.comparing(MailboxMessage::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
				return messages;
			}
			finally {
				inbox.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not read the demo mailbox", ex);
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

}
