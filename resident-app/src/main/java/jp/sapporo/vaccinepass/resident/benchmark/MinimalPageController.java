package jp.sapporo.vaccinepass.resident.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Reads one row and renders one template in the shared layout, behind the same security
 * and session as a scan: what the scan path is measured against.
 */
@Controller
@ConditionalOnProperty(name = "vaccinepass.resident.benchmark-page", havingValue = "true")
class MinimalPageController {

	private final JdbcClient jdbc;

	MinimalPageController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/benchmark/minimal")
	String minimal(Model model) {
		model.addAttribute("name",
				this.jdbc.sql("select name_ja from municipality where code = '011002'").query(String.class).single());
		return "benchmark/minimal";
	}

}
