package dev.danakit.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.Yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every spec and the response-code catalogue read the same under YAML 1.1 and YAML 1.2. The Java side of the kit
 * reads them with SnakeYAML (YAML 1.1); Swagger UI, Spectral, Redocly and most generators outside Java read
 * YAML 1.2 (js-yaml's core schema), where an unquoted {@code 00000900} is the integer 900 and {@code 09} is 9.
 * This compares the two readings scalar by scalar (SnakeYAML against snakeyaml-engine with the 1.2 core schema)
 * and also refuses the plain y/n/yes/no/on/off that the full YAML 1.1 type repository reads as booleans.
 */
class YamlParserAgreementTest {

    private static final Path CATALOGUE = Path.of("src", "main", "resources", "dana", "response-codes.yaml");
    private static final Path FIXTURE = Path.of("src", "test", "resources", "parser-agreement", "unquoted-codes.yaml");
    private static final Pattern YAML11_BOOLEAN = Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");

    static Stream<Path> everyYamlFileTheKitPublishes() {
        return Stream.concat(Specs.allYaml().stream(), Stream.of(CATALOGUE));
    }

    @ParameterizedTest
    @MethodSource("everyYamlFileTheKitPublishes")
    void readsTheSameUnderYaml11AndYaml12(Path file) throws IOException {
        assertEquals(List.of(), disagreements(Files.readString(file)), file + ": quote these scalars");
    }

    @Test
    void anUnquotedCodeIsCaught() throws IOException {
        assertEquals(List.of(
                "$.resultInfo.resultCodeId: YAML 1.1 reads string \"00000900\", YAML 1.2 reads int 900",
                "$.serviceCode: YAML 1.1 reads string \"09\", YAML 1.2 reads int 9",
                "line 7: plain N is a boolean to YAML 1.1 parsers that implement y/n/yes/no/on/off, a string to YAML 1.2"),
                disagreements(Files.readString(FIXTURE)));
    }

    static List<String> disagreements(String yaml) {
        List<String> found = new ArrayList<>();
        Object yaml11 = new Yaml().load(yaml);
        Object yaml12 = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        compare(yaml11, yaml12, "$", found);
        for (Event event : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
            if (event instanceof ScalarEvent scalar && scalar.isPlain() && YAML11_BOOLEAN.matcher(scalar.getValue()).matches()) {
                int line = scalar.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                found.add("line " + line + ": plain " + scalar.getValue() + " is a boolean to YAML 1.1 parsers that "
                        + "implement y/n/yes/no/on/off, a string to YAML 1.2");
            }
        }
        return found;
    }

    private static void compare(Object a, Object b, String path, List<String> found) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
            for (Map.Entry<?, ?> ea : ma.entrySet()) {
                Map.Entry<?, ?> eb = ib.next();
                String at = path + "." + ea.getKey();
                compare(ea.getKey(), eb.getKey(), at + " (key)", found);
                compare(ea.getValue(), eb.getValue(), at, found);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < la.size(); i++) {
                compare(la.get(i), lb.get(i), path + "[" + i + "]", found);
            }
        } else if (!type(a).equals(type(b))) {
            found.add(path + ": YAML 1.1 reads " + describe(a) + ", YAML 1.2 reads " + describe(b));
        }
    }

    private static String describe(Object value) {
        return type(value) + " " + (value instanceof String ? "\"" + value + "\"" : String.valueOf(value));
    }

    private static String type(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "int";
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return "float";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Date) {
            return "timestamp";
        } else if (value instanceof Map) {
            return "map";
        } else if (value instanceof List) {
            return "seq";
        }
        return value.getClass().getSimpleName();
    }
}
