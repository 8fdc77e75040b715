package ipweek.bake;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's object wrapper, calling the methods templates read (every {@code ${page.title}} is a call of a record's
 * accessor) without an access check per call. {@link Method#invoke} checks access on every call of a method that was
 * not made accessible, and finds its caller by walking the stack to do so; a build runs on the C1 compiler, which does
 * not inline that walk, and at 10,000 articles it took a sixth of the templates' time. Each method is made accessible
 * once here. Which members templates may use is still decided by FreeMarker's own rules, which this does not change;
 * a method that cannot be made accessible is called the ordinary way.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    private final Map<Method, Method> accessible = new ConcurrentHashMap<>();

    ViewObjectWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        return super.invokeMethod(object, accessible.computeIfAbsent(method, ViewObjectWrapper::opened), args);
    }

    private static Method opened(Method method) {
        method.trySetAccessible();
        return method;
    }
}
