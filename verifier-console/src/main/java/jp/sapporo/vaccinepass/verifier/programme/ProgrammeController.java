package jp.sapporo.vaccinepass.verifier.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City staff run the four programmes: local period, alert level, priority measures,
 * suspension.
 */
@Controller
class ProgrammeController {

	private final ProgrammeSettings settings;

	ProgrammeController(ProgrammeSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/staff/programmes")
	String list(Model model, Locale locale) {
		model.addAttribute("programmes",
				this.settings.all()
					.stream()
					.flatMap((s) -> this.settings.engine()
						.programme(s.programmeId())
						.stream()
						.map((p) -> new Row(p, s, p.name().in(locale))))
					.toList());
		return "staff/programmes";
	}

	@GetMapping("/staff/programmes/{id}")
	String edit(@PathVariable String id, Model model, Locale locale) {
		Row row = row(id, locale);
		SettingForm form = new SettingForm();
		form.setVersion(row.setting().version());
		form.setLocalPeriodStart(row.setting().localPeriodStart());
		form.setLocalPeriodEnd(row.setting().localPeriodEnd());
		form.setAlertLevel(row.setting().alertLevel());
		form.setPriorityMeasures(row.setting().priorityMeasures());
		form.setSuspended(row.setting().suspended());
		model.addAttribute("settingForm", form);
		return editPage(row, model);
	}

	@PostMapping("/staff/programmes/{id}")
	String change(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@Validated @ModelAttribute("settingForm") SettingForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		Row row = row(id, locale);
		if (form.getLocalPeriodStart() == null && form.getLocalPeriodEnd() != null) {
			binding.rejectValue("localPeriodStart", "programme.period.startRequired");
		}
		if (form.getLocalPeriodStart() != null && form.getLocalPeriodEnd() != null
				&& form.getLocalPeriodEnd().isBefore(form.getLocalPeriodStart())) {
			binding.rejectValue("localPeriodEnd", "programme.period.order");
		}
		if (binding.hasErrors()) {
			return editPage(row, model);
		}
		boolean changed = this.settings.change(new ProgrammeSettings.SettingChange(id, form.getVersion(),
				form.getLocalPeriodStart(), form.getLocalPeriodEnd(), form.getAlertLevel(), form.isPriorityMeasures(),
				form.isSuspended(), form.getReason().strip()), user.accountId(), user.getUsername());
		if (!changed) {
			binding.reject("programme.changedMeanwhile");
			return editPage(row, model);
		}
		redirect.addFlashAttribute("savedProgramme", row.name());
		return "redirect:/staff/programmes";
	}

	private String editPage(Row row, Model model) {
		model.addAttribute("row", row);
		model.addAttribute("history", this.settings.history(row.setting().programmeId()));
		return "staff/programme";
	}

	private Row row(String id, Locale locale) {
		Programme programme = this.settings.engine()
			.programme(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProgrammeSetting setting = this.settings.setting(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Row(programme, setting, programme.name().in(locale));
	}

	record Row(Programme programme, ProgrammeSetting setting, String name) {
	}

	/** What staff type to change a programme's settings. */
	static class SettingForm {

		private long version;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate localPeriodStart;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate localPeriodEnd;

		@NotNull
		@Min(0)
		@Max(5)
		private Integer alertLevel = 0;

		private boolean priorityMeasures;

		private boolean suspended;

		@NotBlank
		@Size(max = 1000)
		private String reason;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public LocalDate getLocalPeriodStart() {
			return this.localPeriodStart;
		}

		public void setLocalPeriodStart(LocalDate localPeriodStart) {
			this.localPeriodStart = localPeriodStart;
		}

		public LocalDate getLocalPeriodEnd() {
			return this.localPeriodEnd;
		}

		public void setLocalPeriodEnd(LocalDate localPeriodEnd) {
			this.localPeriodEnd = localPeriodEnd;
		}

		public Integer getAlertLevel() {
			return this.alertLevel;
		}

		public void setAlertLevel(Integer alertLevel) {
			this.alertLevel = alertLevel;
		}

		public boolean isPriorityMeasures() {
			return this.priorityMeasures;
		}

		public void setPriorityMeasures(boolean priorityMeasures) {
			this.priorityMeasures = priorityMeasures;
		}

		public boolean isSuspended() {
			return this.suspended;
		}

		public void setSuspended(boolean suspended) {
			this.suspended = suspended;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
