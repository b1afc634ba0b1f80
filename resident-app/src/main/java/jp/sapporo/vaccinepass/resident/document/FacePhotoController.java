package jp.sapporo.vaccinepass.resident.document;

import java.io.IOException;

import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import jp.sapporo.vaccinepass.db.resident.StoredImage;
import jp.sapporo.vaccinepass.db.resident.UnreadableDocumentException;
import jp.sapporo.vaccinepass.web.PlatformUser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The face photo: upload or take one with the phone camera; served only to its owner
 * (staff see it in the verifier console), never cached.
 */
@Controller
class FacePhotoController {

	private static final Log log = LogFactory.getLog(FacePhotoController.class);

	private final ImageIntake intake;

	private final Documents documents;

	private final ResidentDocuments stored;

	FacePhotoController(ImageIntake intake, Documents documents, ResidentDocuments stored) {
		this.intake = intake;
		this.documents = documents;
		this.stored = stored;
	}

	@GetMapping("/photo/edit")
	String form(@AuthenticationPrincipal PlatformUser resident,
			@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge, Model model) {
		model.addAttribute("hasPhoto", this.stored.hasFacePhoto(resident.accountId()));
		if (tooLarge != null) {
			model.addAttribute("rejected", ImageRejectedException.Reason.TOO_LARGE.name());
		}
		return "photo";
	}

	@PostMapping("/photo/edit")
	String upload(@AuthenticationPrincipal PlatformUser resident, @RequestParam(required = false) MultipartFile photo,
			Model model) throws IOException {
		try {
			if (photo != null && photo.getSize() > ImageIntake.MAX_BYTES) {
				throw new ImageRejectedException(ImageRejectedException.Reason.TOO_LARGE);
			}
			byte[] bytes = (photo != null) ? photo.getBytes() : null;
			this.documents.replaceFacePhoto(resident.accountId(), this.intake.facePhoto(bytes));
		}
		catch (ImageRejectedException ex) {
			model.addAttribute("hasPhoto", this.stored.hasFacePhoto(resident.accountId()));
			model.addAttribute("rejected", ex.reason().name());
			return "photo";
		}
		return "redirect:/photo/edit?saved";
	}

	@GetMapping("/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PlatformUser resident) {
		StoredImage image = this.stored.facePhoto(resident.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return image(image);
	}

	/**
	 * The resident's own documents by id (e.g. their certificate photo); another's is
	 * 404.
	 */
	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PlatformUser resident, @PathVariable long id) {
		StoredImage image = this.stored.document(resident.accountId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return image(image);
	}

	/**
	 * A stored image that fails its integrity check (altered in the database, copied from
	 * another row, or its key is gone) is never served: the resident is asked to upload
	 * it again.
	 */
	@ExceptionHandler(UnreadableDocumentException.class)
	ModelAndView unreadable(UnreadableDocumentException ex) {
		log.warn(ex.getMessage());
		ModelAndView page = new ModelAndView("photo-unreadable");
		page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		return page;
	}

	static ResponseEntity<byte[]> image(StoredImage image) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.header("Content-Disposition", "inline")
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.body(image.content());
	}

}
