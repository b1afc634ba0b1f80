package jp.sapporo.vaccinepass.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;

/**
 * Every endpoint a running web app answers, read from its handler mappings: controllers,
 * actuator endpoints and static resources, as {@code "GET /stores/{id}"} (a mapping for
 * every method is {@code "ALL /error"}; a static resource location is {@code "GET /**"}).
 * <p>
 * Read by reflection because this module stays free of Spring MVC (it serves any app); a
 * kind of mapping it cannot read fails instead of being passed over, so no endpoint
 * escapes the access matrix.
 */
public final class EndpointInventory {

	private EndpointInventory() {
	}

	/**
	 * @param context the running app
	 * @return every endpoint, sorted
	 */
	public static SortedSet<String> of(ApplicationContext context) {
		SortedSet<String> endpoints = new TreeSet<>();
		for (Map.Entry<String, ?> mapping : context.getBeansOfType(handlerMappingType(context)).entrySet()) {
			Object bean = mapping.getValue();
			if (has(bean, "getHandlerMethods")) {
				for (Object info : ((Map<?, ?>) call(bean, "getHandlerMethods")).keySet()) {
					Collection<?> methods = (Collection<?>) call(call(info, "getMethodsCondition"), "getMethods");
					for (Object pattern : (Collection<?>) call(info, "getPatternValues")) {
						if (methods.isEmpty()) {
							endpoints.add("ALL " + pattern);
						}
						methods.forEach((method) -> endpoints.add(method + " " + pattern));
					}
				}
			}
			else if (has(bean, "getHandlerMap")) {
				// static resources and other URL handlers answer GET (and HEAD)
				((Map<?, ?>) call(bean, "getHandlerMap")).keySet()
					.forEach((pattern) -> endpoints.add("GET " + pattern));
			}
			else if (!has(bean, "getRouterFunction") || call(bean, "getRouterFunction") != null) {
				throw new IllegalStateException("cannot list the endpoints of handler mapping " + mapping.getKey()
						+ " (" + bean.getClass().getName() + ")");
			}
		}
		return endpoints;
	}

	private static Class<?> handlerMappingType(ApplicationContext context) {
		try {
			return Class.forName("org.springframework.web.servlet.HandlerMapping", false, context.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("not a Spring MVC app", ex);
		}
	}

	private static boolean has(Object target, String method) {
		try {
			target.getClass().getMethod(method);
			return true;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private static Object call(Object target, String method) {
		try {
			Method getter = target.getClass().getMethod(method);
			getter.setAccessible(true);
			return getter.invoke(target);
		}
		catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + method + " of " + target.getClass().getName(), ex);
		}
	}

}
