package io.strikeline.extract.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores predicted events against gold, article by article, summing over articles (micro-averaging), so an
 * article with many events weighs more than one with a single event. An event is its (region, date, weapon)
 * tuple; an article holds each tuple once (conventions §1), and where a list repeats a tuple its first event
 * stands for it.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * @param gold      gold events per article id (an empty list: a negative article)
     * @param predicted predicted events per article id; ids on one side only are listed, not scored
     */
    public static Evaluation score(Map<String, List<EventRecord>> gold, Map<String, List<EventRecord>> predicted) {
        Scores events = Scores.NONE;
        Scores regionDays = Scores.NONE;
        Map<CountField, Agreement> counts = new EnumMap<>(CountField.class);
        for (CountField field : CountField.values()) {
            counts.put(field, Agreement.NONE);
        }
        int negativeArticles = 0;
        int negativeArticlesWithEvents = 0;
        int eventsOnNegativeArticles = 0;
        List<ArticleOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<EventRecord>> article : gold.entrySet()) {
            List<EventRecord> predictedEvents = predicted.get(article.getKey());
            if (predictedEvents == null) {
                continue;
            }
            Map<EventKey, EventRecord> goldByKey = byKey(article.getValue());
            Map<EventKey, EventRecord> predictedByKey = byKey(predictedEvents);
            events = events.plus(compare(goldByKey.keySet(), predictedByKey.keySet()));
            regionDays = regionDays.plus(compare(regionDays(goldByKey.keySet()), regionDays(predictedByKey.keySet())));
            for (Map.Entry<EventKey, EventRecord> goldEvent : goldByKey.entrySet()) {
                EventRecord match = predictedByKey.get(goldEvent.getKey());
                if (match != null) {
                    counts.replaceAll((field, agreement) ->
                            agreement.plus(Objects.equals(field.of(match), field.of(goldEvent.getValue()))));
                }
            }
            if (goldByKey.isEmpty()) {
                negativeArticles++;
                negativeArticlesWithEvents += predictedByKey.isEmpty() ? 0 : 1;
                eventsOnNegativeArticles += predictedByKey.size();
            }
            outcomes.add(new ArticleOutcome(article.getKey(), notIn(goldByKey, predictedByKey),
                    notIn(predictedByKey, goldByKey)));
        }
        return new Evaluation(events, regionDays, counts, outcomes.size(), negativeArticles,
                negativeArticlesWithEvents, eventsOnNegativeArticles, outcomes, idsNotIn(gold, predicted),
                idsNotIn(predicted, gold));
    }

    private static Map<EventKey, EventRecord> byKey(List<EventRecord> events) {
        Map<EventKey, EventRecord> byKey = new LinkedHashMap<>();
        for (EventRecord event : events) {
            byKey.putIfAbsent(event.key(), event);
        }
        return byKey;
    }

    private static Set<EventKey.RegionDay> regionDays(Set<EventKey> keys) {
        return keys.stream().map(EventKey::regionDay).collect(Collectors.toSet());
    }

    private static <T> Scores compare(Set<T> gold, Set<T> predicted) {
        int matched = (int) gold.stream().filter(predicted::contains).count();
        return new Scores(matched, predicted.size() - matched, gold.size() - matched);
    }

    private static List<EventRecord> notIn(Map<EventKey, EventRecord> events, Map<EventKey, EventRecord> other) {
        return events.entrySet().stream().filter(event -> !other.containsKey(event.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    private static List<String> idsNotIn(Map<String, ?> ids, Map<String, ?> other) {
        return ids.keySet().stream().filter(id -> !other.containsKey(id)).toList();
    }
}
