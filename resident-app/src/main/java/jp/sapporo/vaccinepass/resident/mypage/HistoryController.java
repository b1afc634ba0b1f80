package jp.sapporo.vaccinepass.resident.mypage;

import java.time.OffsetDateTime;
import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The resident's own scans and notifications. */
@Controller
class HistoryController {

	private final JdbcClient jdbc;

	HistoryController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/history")
	String history(@AuthenticationPrincipal PlatformUser resident, Model model) {
		List<Scan> scans = this.jdbc.sql("""
				select l.scanned_at, sr.name_ja, sr.name_en, l.outcome
				from scan_log l join poster p on p.id = l.poster_id join store_revision sr on sr.id = p.revision_id
				where l.resident_id = :id order by l.scanned_at desc limit 200
				""").param("id", resident.accountId()).query(Scan.class).list();
		model.addAttribute("scans", scans);
		return "mypage/history";
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal PlatformUser resident, Model model) {
		List<Notice> notices = this.jdbc.sql("""
				select id, kind, subject, body, created_at, read_at from notification
				where resident_id = :id order by created_at desc limit 200
				""").param("id", resident.accountId()).query(Notice.class).list();
		model.addAttribute("notices", notices);
		return "mypage/inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String markRead(@AuthenticationPrincipal PlatformUser resident, @PathVariable long id) {
		// the owner check is in the statement: another resident's id changes nothing
		this.jdbc.sql(
				"update notification set read_at = now() where id = :id and resident_id = :resident and read_at is null")
			.param("id", id)
			.param("resident", resident.accountId())
			.update();
		return "redirect:/inbox";
	}

	record Scan(OffsetDateTime scannedAt, String nameJa, String nameEn, String outcome) {
	}

	record Notice(long id, String kind, String subject, String body, OffsetDateTime createdAt, OffsetDateTime readAt) {
	}

}
