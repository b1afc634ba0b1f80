package jp.sapporo.vaccinepass.merchant.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jp.sapporo.vaccinepass.merchant.directory.Directory.Filter;
import jp.sapporo.vaccinepass.merchant.store.ReferenceData;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The public list of participating stores, each store's page, and the open data. */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 20;

	private static final int OPEN_DATA_LIMIT = 100_000;

	private final Directory directory;

	private final ReferenceData reference;

	DirectoryController(Directory directory, ReferenceData reference) {
		this.directory = directory;
		this.reference = reference;
	}

	@GetMapping("/directory")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "1") int page, Model model,
			Locale locale) {
		Filter filter = new Filter(q, municipality, category);
		long total = this.directory.count(filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", this.directory.search(filter, locale, PAGE_SIZE, (current - 1) * PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("municipalities", this.reference.municipalities(locale));
		model.addAttribute("categories", this.reference.categories(locale));
		model.addAttribute("language", locale.getLanguage());
		return "directory/list";
	}

	@GetMapping("/directory/{id}")
	String store(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("entry",
				this.directory.store(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("language", locale.getLanguage());
		return "directory/store";
	}

	@GetMapping(path = "/directory.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<OpenDataRecord> json(@RequestParam(required = false) String q,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) String category) {
		return openData(new Filter(q, municipality, category));
	}

	@GetMapping("/directory.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String q,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) String category) {
		StringBuilder csv = new StringBuilder();
		// a byte order mark so that spreadsheet programs in Japan read UTF-8
		csv.append('\uFEFF');
		csv.append("store_id,name,name_en,municipality_code,municipality,category,perk,perk_en,approved_on\r\n");
		for (OpenDataRecord record : openData(new Filter(q, municipality, category))) {
			csv.append(record.storeId())
				.append(',')
				.append(cell(record.name()))
				.append(',')
				.append(cell(record.nameEn()))
				.append(',')
				.append(cell(record.municipalityCode()))
				.append(',')
				.append(cell(record.municipality()))
				.append(',')
				.append(cell(record.category()))
				.append(',')
				.append(cell(record.perk()))
				.append(',')
				.append(cell(record.perkEn()))
				.append(',')
				.append((record.approvedOn() != null) ? record.approvedOn().toString() : "")
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "inline; filename=\"directory.csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<OpenDataRecord> openData(Filter filter) {
		return this.directory.search(filter, Locale.JAPANESE, OPEN_DATA_LIMIT, 0)
			.stream()
			.map(OpenDataRecord::of)
			.toList();
	}

	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		// a leading = + - @ would be a formula in a spreadsheet
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
