package jp.sapporo.vaccinepass.web.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A local SMTP + IMAP server (GreenMail) for machines without a mail server: the first
 * app starts it on fixed loopback ports, the others find it there and use it (like the
 * embedded PostgreSQL). Anyone may log in to IMAP with any address and read that
 * address's messages: a demo and test tool, never for production.
 */
public final class EmbeddedMailServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedMailServer.class);

	private final String host;

	private final int smtpPort;

	private final int imapPort;

	private volatile GreenMail greenMail;

	// a private lock: a public instance's own monitor could be held by any caller
	private final Object lock = new Object();

	private EmbeddedMailServer(String host, int smtpPort, int imapPort, GreenMail greenMail) {
		this.host = host;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
		this.greenMail = greenMail;
	}

	/**
	 * Start a server on the ports, or join the one already listening there.
	 * @param host the loopback address
	 * @param smtpPort the SMTP port (0: free ports, never joined)
	 * @param imapPort the IMAP port
	 * @return the server
	 */
	public static EmbeddedMailServer startOrJoin(String host, int smtpPort, int imapPort) {
		if (smtpPort == 0) {
			return start(host, freePort(host), freePort(host));
		}
		if (speaksSmtp(host, smtpPort)) {
			logger.info("Using the embedded mail server already running on " + host + ":" + smtpPort);
			return new EmbeddedMailServer(host, smtpPort, imapPort, null);
		}
		try {
			return start(host, smtpPort, imapPort);
		}
		catch (RuntimeException ex) {
			// another app started it a moment ago
			if (speaksSmtp(host, smtpPort)) {
				return new EmbeddedMailServer(host, smtpPort, imapPort, null);
			}
			throw ex;
		}
	}

	private static EmbeddedMailServer start(String host, int smtpPort, int imapPort) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup[] { new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP) })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		logger
			.info("Started an embedded mail server: SMTP " + host + ":" + smtpPort + ", IMAP " + host + ":" + imapPort);
		return new EmbeddedMailServer(host, smtpPort, imapPort, greenMail);
	}

	private static boolean speaksSmtp(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			socket.setSoTimeout(2000);
			InputStream in = socket.getInputStream();
			byte[] greeting = new byte[3];
			int read = in.readNBytes(greeting, 0, 3);
			return read == 3 && "220".equals(new String(greeting, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort(String host) {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

	/**
	 * Make sure a server listens: when the app that started it has stopped, start one
	 * here.
	 */
	public void ensureRunning() {
		synchronized (this.lock) {
			if (this.greenMail != null || speaksSmtp(this.host, this.smtpPort)) {
				return;
			}
			try {
				this.greenMail = start(this.host, this.smtpPort, this.imapPort).greenMail;
			}
			catch (RuntimeException ex) {
				// another app took over a moment ago; sending will tell
				logger.debug("Could not take over the embedded mail server", ex);
			}
		}
	}

	public String host() {
		return this.host;
	}

	public int smtpPort() {
		return this.smtpPort;
	}

	public int imapPort() {
		return this.imapPort;
	}

	/**
	 * Whether this process runs the server (rather than using another app's).
	 * @return whether it was started here
	 */
	public boolean owned() {
		return this.greenMail != null;
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			if (this.greenMail != null) {
				this.greenMail.stop();
				this.greenMail = null;
			}
		}
	}

}
