package jp.sapporo.vaccinepass.verifier.review;

import java.util.Map;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.db.store.PosterRecord;
import jp.sapporo.vaccinepass.db.store.ReviewItem;
import jp.sapporo.vaccinepass.db.store.StoreDetails;
import jp.sapporo.vaccinepass.db.store.StoreException;
import jp.sapporo.vaccinepass.db.store.StoreReview;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.http.HttpStatus;
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

/** The queue of submitted stores and changes, oldest first, and the decision. */
@Controller
@RequestMapping("/staff/reviews/stores")
class StoreReviewController {

	private final StoreReview review;

	private final AuditLog audit;

	StoreReviewController(StoreReview review, AuditLog audit) {
		this.review = review;
		this.audit = audit;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("items", this.review.pendingQueue(100, 0));
		model.addAttribute("pending", this.review.pendingCount());
		return "review/stores";
	}

	@GetMapping("/{revisionId}")
	String show(@PathVariable long revisionId, Model model) {
		ReviewItem item = this.review.pending(revisionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("item", item);
		StoreDetails before = item.newStore() ? null : item.published().details();
		model.addAttribute("rows",
				StoreDetails.FIELDS.stream()
					.map((field) -> new FieldRow(field, (before != null) ? value(before, field) : null,
							value(item.revision().details(), field), item.changedFields().contains(field)))
					.toList());
		return "review/store";
	}

	@PostMapping("/{revisionId}/approve")
	String approve(@AuthenticationPrincipal PlatformUser user, @PathVariable long revisionId,
			RedirectAttributes redirect) {
		try {
			PosterRecord poster = this.review.approve(revisionId, user.accountId());
			this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "STORE_APPROVED")
				.on("STORE_REVISION", revisionId)
				.with(Map.of("poster", poster.serial())));
			redirect.addFlashAttribute("done", "review.store.approved");
		}
		catch (StoreException ex) {
			redirect.addFlashAttribute("problem", "review.problem." + ex.problem());
		}
		return "redirect:/staff/reviews/stores";
	}

	@PostMapping("/{revisionId}/reject")
	String reject(@AuthenticationPrincipal PlatformUser user, @PathVariable long revisionId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.review.reject(revisionId, user.accountId(), reason);
			this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "STORE_REJECTED")
				.on("STORE_REVISION", revisionId)
				.forCase(null, reason.strip()));
			redirect.addFlashAttribute("done", "review.store.rejected");
			return "redirect:/staff/reviews/stores";
		}
		catch (StoreException ex) {
			redirect.addFlashAttribute("problem", "review.problem." + ex.problem());
			return (ex.problem() == StoreException.Problem.REASON_REQUIRED)
					? "redirect:/staff/reviews/stores/" + revisionId : "redirect:/staff/reviews/stores";
		}
	}

	private static String value(StoreDetails details, String field) {
		return switch (field) {
			case "nameJa" -> details.nameJa();
			case "nameEn" -> details.nameEn();
			case "municipalityCode" -> details.municipalityCode();
			case "address" -> details.address();
			case "categoryCode" -> details.categoryCode();
			case "perkJa" -> details.perkJa();
			case "perkEn" -> details.perkEn();
			case "perkZh" -> details.perkZh();
			case "perkConditions" -> details.perkConditions();
			case "contactPhone" -> details.contactPhone();
			case "contactEmail" -> details.contactEmail();
			default -> throw new IllegalArgumentException(field);
		};
	}

	/**
	 * One line of the comparison: the field, what the public sees now, what was
	 * submitted.
	 */
	record FieldRow(String field, String before, String after, boolean changed) {
	}

}
