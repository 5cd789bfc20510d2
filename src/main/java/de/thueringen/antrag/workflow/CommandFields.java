package de.thueringen.antrag.workflow;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instance fields of the engine's command and builder objects, read by the person guards
 * ({@link PersonVariableGuard}, {@link ForeignTenantGuard}): the engine gives commands no getters for what they carry.
 * Looked up once per class, since every command of a logged-in person passes here.
 */
final class CommandFields {

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private CommandFields() {
    }

    /** Instance fields of the class and its superclasses, made readable. */
    static List<Field> of(Class<?> type) {
        return FIELDS.computeIfAbsent(type, CommandFields::readable);
    }

    /** The value of the named field, or null if there is none. */
    static Object read(Object owner, String name) {
        for (Field field : of(owner.getClass())) {
            if (field.getName().equals(name)) {
                return read(field, owner);
            }
        }
        return null;
    }

    static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static List<Field> readable(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    found.add(field);
                } catch (RuntimeException e) {
                    // a field the module system does not open is not one of the engine's command fields
                }
            }
        }
        return List.copyOf(found);
    }
}
