package jp.sapporo.vaccinepass.merchant.store;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.sapporo.vaccinepass.db.store.MerchantStore;
import jp.sapporo.vaccinepass.db.store.MerchantStores;
import jp.sapporo.vaccinepass.db.store.StoreException;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A merchant's stores. Another merchant's store id answers 404, like a missing one.
 */
@Controller
class StoreController {

	private final MerchantStores stores;

	private final ReferenceData reference;

	StoreController(MerchantStores stores, ReferenceData reference) {
		this.stores = stores;
		this.reference = reference;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/stores/new")
	String newStore(@ModelAttribute("form") StoreForm form, Model model, Locale locale) {
		return form(model, locale, null);
	}

	@PostMapping("/stores")
	String create(@AuthenticationPrincipal PlatformUser merchant, @Valid @ModelAttribute("form") StoreForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		checkCodes(form, result, locale);
		if (result.hasErrors()) {
			return form(model, locale, null);
		}
		long id = this.stores.create(merchant.accountId(), form.toDetails());
		redirect.addFlashAttribute("notice", "store.notice.saved");
		return "redirect:/stores/" + id;
	}

	@GetMapping("/stores/{id}")
	String show(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id, Model model) {
		MerchantStore store = own(merchant, id);
		model.addAttribute("store", store);
		// what a change of an approved store alters, against what the public sees now
		model.addAttribute("changedFields",
				(store.published() != null && store.published().id() != store.current().id())
						? store.current().details().changedFrom(store.published().details()) : java.util.List.of());
		model.addAttribute("history", this.stores.history(merchant.accountId(), id));
		model.addAttribute("posters", this.stores.posters(merchant.accountId(), id));
		return "stores/show";
	}

	@GetMapping("/stores/{id}/edit")
	String edit(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id, Model model, Locale locale) {
		MerchantStore store = own(merchant, id);
		if (!store.editable()) {
			return "redirect:/stores/" + id;
		}
		model.addAttribute("form", StoreForm.of(store.current().details()));
		return form(model, locale, store);
	}

	@PostMapping("/stores/{id}")
	String update(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id,
			@Valid @ModelAttribute("form") StoreForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		MerchantStore store = own(merchant, id);
		checkCodes(form, result, locale);
		if (result.hasErrors()) {
			return form(model, locale, store);
		}
		try {
			this.stores.update(merchant.accountId(), id, form.toDetails());
		}
		catch (StoreException ex) {
			redirect.addFlashAttribute("problem", "store.problem." + ex.problem());
			return "redirect:/stores/" + id;
		}
		redirect.addFlashAttribute("notice", "store.notice.saved");
		return "redirect:/stores/" + id;
	}

	@PostMapping("/stores/{id}/submit")
	String submit(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id, RedirectAttributes redirect) {
		own(merchant, id);
		try {
			this.stores.submit(merchant.accountId(), id);
			redirect.addFlashAttribute("notice", "store.notice.submitted");
		}
		catch (StoreException ex) {
			redirect.addFlashAttribute("problem", "store.problem." + ex.problem());
		}
		return "redirect:/stores/" + id;
	}

	@PostMapping("/stores/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PlatformUser merchant, @PathVariable long id,
			RedirectAttributes redirect) {
		own(merchant, id);
		try {
			this.stores.withdraw(merchant.accountId(), id);
			redirect.addFlashAttribute("notice", "store.notice.withdrawn");
		}
		catch (StoreException ex) {
			redirect.addFlashAttribute("problem", "store.problem." + ex.problem());
		}
		return "redirect:/stores/" + id;
	}

	private MerchantStore own(PlatformUser merchant, long id) {
		return this.stores.store(merchant.accountId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void checkCodes(StoreForm form, BindingResult result, Locale locale) {
		if (form.getMunicipalityCode() != null && this.reference.municipalities(locale)
			.stream()
			.noneMatch((option) -> option.code().equals(form.getMunicipalityCode()))) {
			result.rejectValue("municipalityCode", "store.form.invalidChoice");
		}
		if (form.getCategoryCode() != null && this.reference.categories(locale)
			.stream()
			.noneMatch((option) -> option.code().equals(form.getCategoryCode()))) {
			result.rejectValue("categoryCode", "store.form.invalidChoice");
		}
	}

	private String form(Model model, Locale locale, MerchantStore store) {
		model.addAttribute("municipalities", this.reference.municipalities(locale));
		model.addAttribute("categories", this.reference.categories(locale));
		model.addAttribute("store", store);
		return "stores/form";
	}

}
