package jp.sapporo.vaccinepass.verifier.audit;

import jp.sapporo.vaccinepass.db.audit.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Read-only: there is no form or endpoint that changes the log. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 100;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/staff/audit")
	String list(@RequestParam(required = false) String caseNumber, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String number = (caseNumber == null || caseNumber.isBlank()) ? null : caseNumber.strip();
		int safePage = Math.max(0, page);
		var rows = this.audit.newest(null, number, PAGE_SIZE + 1, safePage * PAGE_SIZE);
		model.addAttribute("entries", rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("caseNumber", number);
		return "staff/audit";
	}

}
