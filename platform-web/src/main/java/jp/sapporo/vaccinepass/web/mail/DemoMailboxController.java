package jp.sapporo.vaccinepass.web.mail;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /demo/mailbox}: the messages the platform sent to one address, for the demo and
 * for testing sign-up and password reset without a real mail server.
 */
@Controller
class DemoMailboxController {

	private final DemoMailbox mailbox;

	DemoMailboxController(DemoMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/demo/mailbox")
	String mailbox(@RequestParam(required = false) String address, Model model) {
		String trimmed = (address != null) ? address.strip() : "";
		model.addAttribute("address", trimmed);
		List<MailboxMessage> messages = List.of();
		if (!trimmed.isEmpty() && trimmed.length() <= 254 && trimmed.contains("@")) {
			try {
				messages = this.mailbox.messages(trimmed);
			}
			catch (IllegalStateException ex) {
				model.addAttribute("unavailable", true);
			}
			model.addAttribute("searched", true);
		}
		model.addAttribute("messages", messages);
		return "demo/mailbox";
	}

}
