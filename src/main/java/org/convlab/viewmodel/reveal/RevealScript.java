package org.convlab.viewmodel.reveal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson's guided reveal as data: the steps a teacher pages through with PageDown, each setting
 * the state it needs (scene, shift, mode …), saying one sentence and naming what to look at. Each
 * lesson's script is a resource, {@code reveal/<lesson id>.json}, so that a teacher's story can be
 * changed without touching code.
 */
public record RevealScript(List<Step> steps) {
    /**
     * One step: what to set, in order ("scene" → "chevron"), the sentence shown, and the id of the
     * node the class should look at ("" for none).
     */
    public record Step(Map<String, String> set, String say, String look) {
        public Step {
            set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
            if (say == null || say.isBlank()) {
                throw new IllegalArgumentException("a reveal step needs a sentence");
            }
            look = look == null ? "" : look;
        }
    }

    public RevealScript {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a reveal script needs at least one step");
        }
    }

    /** Reads the script of the lesson with id {@code lessonId} from the app's resources. */
    public static RevealScript of(String lessonId) {
        String name = lessonId + ".json";
        try (InputStream in = RevealScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no guided reveal for " + lessonId);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the guided reveal " + name + " cannot be read", e);
        }
    }

    static RevealScript parse(JsonNode root) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : root.path("steps")) {
            Map<String, String> set = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("set").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                set.put(e.getKey(), e.getValue().asText());
            }
            steps.add(new Step(set, s.path("say").asText(null), s.path("look").asText("")));
        }
        return new RevealScript(steps);
    }
}
