package jp.sapporo.vaccinepass.verifier.review;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.db.resident.RecordForReview;
import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import jp.sapporo.vaccinepass.db.resident.ReviewException;
import jp.sapporo.vaccinepass.db.resident.StoredImage;
import jp.sapporo.vaccinepass.db.resident.VaccinationRecordReview;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue of vaccination records waiting for review: the certificate photo beside the
 * entered doses, then verify or return with a reason. Opening a record and its images is
 * audited (personal data).
 */
@Controller
@RequestMapping("/staff/reviews/records")
class RecordReviewController {

	private final VaccinationRecordReview review;

	private final ResidentDocuments documents;

	private final AuditLog audit;

	RecordReviewController(VaccinationRecordReview review, ResidentDocuments documents, AuditLog audit) {
		this.review = review;
		this.documents = documents;
		this.audit = audit;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("records", this.review.pendingQueue(100, 0));
		model.addAttribute("pending", this.review.pendingCount());
		return "review/records";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		RecordForReview record = this.review.record(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "VACCINATION_RECORD_VIEWED")
			.on("VACCINATION_RECORD", id));
		model.addAttribute("record", record);
		return "review/record";
	}

	@GetMapping("/{id}/certificate")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return image(this.documents.certificate(id).orElse(null));
	}

	@GetMapping("/{id}/face")
	ResponseEntity<byte[]> face(@PathVariable long id) {
		RecordForReview record = this.review.record(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return image(this.documents.facePhoto(record.residentId()).orElse(null));
	}

	@PostMapping("/{id}/verify")
	String verify(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.review.verify(id, version, user.accountId());
			this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "VACCINATION_RECORD_VERIFIED")
				.on("VACCINATION_RECORD", id));
			redirect.addFlashAttribute("done", "review.record.verified");
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("problem", "review.problem." + ex.problem());
		}
		return "redirect:/staff/reviews/records";
	}

	@PostMapping("/{id}/reject")
	String reject(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.review.reject(id, version, user.accountId(), reason);
			this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "VACCINATION_RECORD_REJECTED")
				.on("VACCINATION_RECORD", id)
				.forCase(null, reason.strip()));
			redirect.addFlashAttribute("done", "review.record.rejected");
			return "redirect:/staff/reviews/records";
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("problem", "review.problem." + ex.problem());
			return (ex.problem() == ReviewException.Problem.REASON_REQUIRED) ? "redirect:/staff/reviews/records/" + id
					: "redirect:/staff/reviews/records";
		}
	}

	private static ResponseEntity<byte[]> image(StoredImage image) {
		if (image == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.content());
	}

}
