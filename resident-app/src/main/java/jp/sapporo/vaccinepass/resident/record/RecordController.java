package jp.sapporo.vaccinepass.resident.record;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.resident.document.Documents;
import jp.sapporo.vaccinepass.resident.document.ImageIntake;
import jp.sapporo.vaccinepass.resident.document.ImageRejectedException;
import jp.sapporo.vaccinepass.resident.document.ProcessedImage;
import jp.sapporo.vaccinepass.resident.record.VaccinationRecords.CurrentRecord;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Enter or change the vaccination record. */
@Controller
class RecordController {

	/**
	 * Vaccination in Japan began in 2021; the schema refuses anything before 2020-12-01.
	 */
	static final LocalDate EARLIEST = LocalDate.of(2020, 12, 1);

	private final VaccinationRecords records;

	private final ImageIntake intake;

	private final Documents documents;

	private final Clock clock;

	RecordController(VaccinationRecords records, ImageIntake intake, Documents documents, Clock clock) {
		this.records = records;
		this.intake = intake;
		this.documents = documents;
		this.clock = clock;
	}

	@InitBinder("recordForm")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setDisallowedFields("id");
	}

	@GetMapping("/record")
	String form(@AuthenticationPrincipal PlatformUser resident,
			@RequestParam(name = "tooLarge", required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			// an upload over the server's limit, sent back here by UploadLimitFilter
			model.addAttribute("certificateError", "image.rejected.TOO_LARGE");
		}
		RecordForm form = new RecordForm();
		Optional<CurrentRecord> current = this.records.current(resident.accountId());
		current.ifPresent((record) -> {
			form.setCertificateKind(record.certificateKind());
			for (Dose dose : record.doses()) {
				if (dose.number() <= RecordForm.ROWS) {
					RecordForm.DoseForm row = form.getDoses().get(dose.number() - 1);
					row.setDate(dose.date());
					row.setProduct(dose.product());
					row.setLot(dose.lot());
				}
			}
		});
		model.addAttribute("recordForm", form);
		return page(current, model);
	}

	@PostMapping("/record")
	String save(@AuthenticationPrincipal PlatformUser resident, @ModelAttribute RecordForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile certificate, Model model) throws IOException {
		Optional<CurrentRecord> current = this.records.current(resident.accountId());
		if (form.getCertificateKind() == null
				|| !VaccinationRecords.CERTIFICATE_KINDS.contains(form.getCertificateKind())) {
			errors.rejectValue("certificateKind", "record.certificateKind.required");
		}
		while (form.getDoses().size() < RecordForm.ROWS) {
			form.getDoses().add(new RecordForm.DoseForm());
		}
		List<Dose> doses = doses(form, errors);
		ProcessedImage photo = null;
		boolean newFile = certificate != null && !certificate.isEmpty();
		if (newFile) {
			try {
				if (certificate.getSize() > ImageIntake.MAX_BYTES) {
					throw new ImageRejectedException(ImageRejectedException.Reason.TOO_LARGE);
				}
				photo = this.intake.certificate(certificate.getBytes());
			}
			catch (ImageRejectedException ex) {
				errors.reject("image.rejected." + ex.reason().name());
				model.addAttribute("certificateError", "image.rejected." + ex.reason().name());
			}
		}
		else if (current.isEmpty() || current.get().certificateDocumentId() == null) {
			errors.reject("record.certificate.required");
			model.addAttribute("certificateError", "record.certificate.required");
		}
		if (errors.hasErrors()) {
			return page(current, model);
		}
		if (photo == null && current.isPresent() && current.get().certificateKind().equals(form.getCertificateKind())
				&& current.get().doses().equals(doses)) {
			// nothing changed: a verified record stays verified
			return "redirect:/record?unchanged";
		}
		Long documentId = (photo != null) ? this.documents.store(resident.accountId(), "VACCINATION_CERTIFICATE", photo)
				: null;
		this.records.save(resident.accountId(), form.getCertificateKind(), documentId, doses);
		return "redirect:/record?saved";
	}

	private List<Dose> doses(RecordForm form, BindingResult errors) {
		LocalDate today = LocalDate.now(this.clock);
		List<Dose> doses = new ArrayList<>();
		boolean gap = false;
		LocalDate previous = null;
		for (int i = 0; i < RecordForm.ROWS; i++) {
			RecordForm.DoseForm row = form.getDoses().get(i);
			String field = "doses[" + i + "]";
			if (row.empty()) {
				gap = true;
				continue;
			}
			if (gap) {
				errors.rejectValue(field + ".date", "record.dose.gap");
				continue;
			}
			boolean ok = true;
			if (errors.hasFieldErrors(field + ".date")) {
				ok = false;
			}
			else if (row.getDate() == null) {
				errors.rejectValue(field + ".date", "record.dose.date.required");
				ok = false;
			}
			else if (row.getDate().isAfter(today)) {
				errors.rejectValue(field + ".date", "record.dose.date.future");
				ok = false;
			}
			else if (row.getDate().isBefore(EARLIEST)) {
				errors.rejectValue(field + ".date", "record.dose.date.tooEarly");
				ok = false;
			}
			else if (previous != null && !row.getDate().isAfter(previous)) {
				errors.rejectValue(field + ".date", "record.dose.date.order");
				ok = false;
			}
			if (row.getProduct() == null || !VaccinationRecords.PRODUCTS.contains(row.getProduct())) {
				errors.rejectValue(field + ".product", "record.dose.product.required");
				ok = false;
			}
			if (row.getLot() != null && row.getLot().length() > 40) {
				errors.rejectValue(field + ".lot", "record.dose.lot.tooLong");
				ok = false;
			}
			if (ok) {
				doses.add(new Dose(i + 1, row.getDate(), row.getProduct(), row.getLot()));
				previous = row.getDate();
			}
			else if (row.getDate() != null) {
				previous = row.getDate();
			}
		}
		if (doses.isEmpty() && !errors.hasFieldErrors()) {
			errors.rejectValue("doses[0].date", "record.dose.none");
		}
		return doses;
	}

	private String page(Optional<CurrentRecord> current, Model model) {
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("products", VaccinationRecords.PRODUCTS);
		model.addAttribute("certificateKinds", VaccinationRecords.CERTIFICATE_KINDS);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, RecordForm.ROWS).boxed().toList());
		return "record/record";
	}

}
