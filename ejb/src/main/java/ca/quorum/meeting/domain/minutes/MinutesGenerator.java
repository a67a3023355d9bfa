package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.Tally;

/**
 * Writes draft minutes from a meeting's log, without note or comment (Municipal Act s.228(1)): attendance with times
 * and mode, the call to order, declarations of interest, every motion with mover, seconder, amendments and result,
 * recorded votes by name, closed-session entry (with its s.239 reason) and exit, recesses and adjournment.
 *
 * <p>Motions on closed agenda items, or moved while the meeting is in closed session, go only into the separate
 * closed-session minutes; the open minutes keep the closed item's number and public title, and the times and
 * reasons of the closed session, which the public record must show.
 */
public final class MinutesGenerator {

    private final MinutesSubject subject;
    private final Labels text;
    private final DateTimeFormatter time;

    private final Map<Long, List<String>> attendance = new LinkedHashMap<>();
    private final List<String> declarations = new ArrayList<>();
    private final List<String> closedDeclarations = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Long, MotionEntry> motions = new HashMap<>();
    private final Map<Long, LiveEvent.ItemStarted> started = new HashMap<>();
    private final Map<Long, MotionEntry> voteMotion = new HashMap<>();
    private final Map<Long, Map<Long, Choice>> ballots = new HashMap<>();
    private String calledToOrder;
    private String adjourned;
    private ClosedReason closedSession;
    private boolean anythingClosed;

    private MinutesGenerator(MinutesSubject subject) {
        this.subject = subject;
        this.text = Labels.of(subject.french());
        this.time = subject.french() ? DateTimeFormatter.ofPattern("H 'h' mm", subject.language())
                : DateTimeFormatter.ofPattern("h:mm a", subject.language());
        subject.members().keySet().forEach(m -> attendance.put(m, new ArrayList<>()));
        blocks.add(new Block(null, null));
    }

    /** Writes the open minutes and, when there is closed-session business, the closed-session minutes. */
    public static GeneratedMinutes generate(MinutesSubject subject, List<LiveEvent> log) {
        MinutesGenerator generator = new MinutesGenerator(subject);
        log.forEach(generator::read);
        return generator.write();
    }

    private void read(LiveEvent event) {
        switch (event) {
            case LiveEvent.CalledToOrder e -> calledToOrder = at(e.at());
            case LiveEvent.AttendanceChanged e -> attendance.computeIfAbsent(e.member(), m -> new ArrayList<>())
                    .add(switch (e.presence()) {
                        case IN_PERSON -> text.inPerson.formatted(at(e.at()));
                        case ELECTRONIC -> text.electronic.formatted(at(e.at()));
                        case ABSENT -> text.left.formatted(at(e.at()));
                    });
            case LiveEvent.ItemStarted e -> {
                started.put(e.item(), e);
                blocks.add(new Block(e.item(), e));
            }
            case LiveEvent.InterestDeclared e -> declare(e);
            case LiveEvent.MotionMoved e -> move(e);
            case LiveEvent.MotionSeconded e -> motions.get(e.motion()).seconder = e.seconder();
            case LiveEvent.MotionDisposed e -> motions.get(e.motion()).outcome = switch (e.disposition()) {
                case WITHDRAWN -> text.withdrawn;
                case DEFERRED -> text.deferred;
                case REFERRED -> text.referred;
            };
            case LiveEvent.VoteOpened e -> {
                MotionEntry motion = motions.get(e.motion());
                motion.recorded = e.recorded();
                voteMotion.put(e.vote(), motion);
                ballots.put(e.vote(), new LinkedHashMap<>());
            }
            case LiveEvent.BallotCast e -> ballots.get(e.vote()).put(e.member(), e.choice());
            case LiveEvent.VoteClosed e -> {
                MotionEntry motion = voteMotion.get(e.vote());
                motion.tally = e.tally();
                motion.ballots = ballots.get(e.vote());
                motion.outcome = e.tally().carried() ? text.carried : text.lost;
            }
            case LiveEvent.ClosedSessionEntered e -> {
                closedSession = e.reason();
                anythingClosed = true;
                note(text.closedEntered.formatted(at(e.at()), e.reason().section(), e.reason().generalNature()),
                        true);
            }
            case LiveEvent.ClosedSessionLeft e -> {
                closedSession = null;
                note(text.closedLeft.formatted(at(e.at())), true);
            }
            case LiveEvent.Recessed e -> note(text.recessed.formatted(at(e.at())), false);
            case LiveEvent.Resumed e -> note(text.resumed.formatted(at(e.at())), false);
            case LiveEvent.Adjourned e -> adjourned = at(e.at());
        }
    }

    private void declare(LiveEvent.InterestDeclared e) {
        MinutesSubject.Item item = subject.items().get(e.item());
        LiveEvent.ItemStarted taken = started.get(e.item());
        String number = item != null ? item.number() : taken != null ? taken.number() : "?";
        String title = item != null ? item.publicTitle() : taken != null ? taken.title() : "";
        String line = text.declared.formatted(name(e.member()), number, title, e.nature());
        declarations.add(line);
        if (item != null && item.closed()) {
            anythingClosed = true;
            closedDeclarations.add(text.declared.formatted(name(e.member()), number, item.fullTitle(), e.nature()));
        }
    }

    private void move(LiveEvent.MotionMoved e) {
        MinutesSubject.Item item = subject.items().get(e.item());
        MotionEntry motion = new MotionEntry(e, closedSession != null || (item != null && item.closed()));
        anythingClosed |= motion.closed;
        motions.put(e.motion(), motion);
        if (e.amends() != null && motions.containsKey(e.amends())) {
            motions.get(e.amends()).amendments.add(motion);
        } else {
            current().entries.add(motion);
        }
    }

    private void note(String line, boolean inBoth) {
        current().entries.add(new Note(line, inBoth));
    }

    private Block current() {
        return blocks.get(blocks.size() - 1);
    }

    private GeneratedMinutes write() {
        String open = document(false);
        return new GeneratedMinutes(open, anythingClosed ? Optional.of(document(true)) : Optional.empty());
    }

    private String document(boolean closed) {
        Html out = new Html();
        out.heading(1, (closed ? text.closedTitle : text.title) + " " + subject.meetingTitle());
        out.paragraph(text.held.formatted(subject.body(), subject.municipality(),
                date(subject.scheduledStart()), subject.location() == null ? "" : subject.location()));
        if (closed) {
            out.paragraph(text.confidential);
        }
        out.heading(2, text.attendance);
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        attendance.forEach((member, times) -> {
            if (times.isEmpty()) {
                absent.add(name(member));
            } else {
                present.add(name(member) + " \u2014 " + String.join("; ", times));
            }
        });
        out.heading(3, text.present);
        out.list(present.isEmpty() ? List.of(text.none) : present);
        out.heading(3, text.absent);
        out.list(absent.isEmpty() ? List.of(text.none) : absent);

        out.heading(2, text.callToOrder);
        out.paragraph(calledToOrder == null ? text.notCalled : text.calledToOrder.formatted(calledToOrder));

        out.heading(2, text.declarations);
        List<String> shown = closed ? closedDeclarations : declarations;
        out.list(shown.isEmpty() ? List.of(text.none) : shown);

        out.heading(2, text.proceedings);
        for (Block block : blocks) {
            writeBlock(out, block, closed);
        }
        out.heading(2, text.adjournment);
        out.paragraph(adjourned == null ? text.notAdjourned : text.adjourned.formatted(adjourned));
        return out.toString();
    }

    private void writeBlock(Html out, Block block, boolean closed) {
        MinutesSubject.Item item = block.item == null ? null : subject.items().get(block.item);
        boolean closedItem = item != null && item.closed();
        List<Entry> shown = block.entries.stream().filter(e -> switch (e) {
            case Note n -> !closed || n.inBoth;
            case MotionEntry m -> m.closed == closed;
        }).toList();
        if (closed && !closedItem && shown.stream().noneMatch(MotionEntry.class::isInstance)
                && shown.stream().noneMatch(Note.class::isInstance)) {
            return;
        }
        if (block.started != null) {
            String title = closed && item != null ? item.fullTitle() : block.started.title();
            out.heading(3, block.started.number() + " " + title);
            if (closedItem && !closed) {
                out.paragraph(text.closedItem);
            }
        }
        for (Entry entry : shown) {
            switch (entry) {
                case Note n -> out.paragraph(n.line);
                case MotionEntry m -> writeMotion(out, m, closed);
            }
        }
    }

    private void writeMotion(Html out, MotionEntry m, boolean closed) {
        String label = m.amends != null ? text.amendmentTo.formatted(m.amends)
                : (m.reconsiders ? text.reconsideration : text.motion).formatted(m.id);
        String moved = m.seconder == null ? text.movedBy.formatted(name(m.mover))
                : text.movedSeconded.formatted(name(m.mover), name(m.seconder));
        out.paragraph(label + ". " + moved + ":");
        out.quote(m.text);
        for (MotionEntry amendment : m.amendments) {
            if (amendment.closed == closed) {
                writeMotion(out, amendment, closed);
            }
        }
        StringBuilder result = new StringBuilder(m.outcome == null ? text.notVoted : m.outcome);
        if (m.tally != null) {
            Tally t = m.tally;
            result.append(" (").append(text.tally.formatted(t.yes(), t.against()));
            if (t.deemedNo() > 0) {
                result.append(", ").append(text.deemed.formatted(t.deemedNo()));
            }
            result.append(")");
            String needed = switch (m.rule) {
                case MAJORITY_OF_VOTES_CAST -> null;
                case TWO_THIRDS_OF_PRESENT -> text.twoThirds;
                case MAJORITY_OF_WHOLE_COUNCIL -> text.wholeCouncil;
                case UNANIMOUS -> text.unanimous;
            };
            if (needed != null) {
                result.append("; ").append(needed);
            }
        }
        out.paragraph(text.result + " " + result + ".");
        if (m.recorded && m.ballots != null) {
            out.paragraph(text.recordedVote);
            List<String> lines = new ArrayList<>();
            lines.add(text.inFavour + ": " + names(m.ballots, Choice.YES));
            lines.add(text.opposed + ": " + names(m.ballots, Choice.NO));
            if (m.tally != null && m.tally.deemedNo() > 0) {
                lines.add(text.deemedOpposed + ": " + m.tally.deemedNo());
            }
            out.list(lines);
        }
    }

    private String names(Map<Long, Choice> cast, Choice choice) {
        String names = cast.entrySet().stream().filter(e -> e.getValue() == choice).map(e -> name(e.getKey()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? text.none : names;
    }

    private String name(long member) {
        return subject.members().getOrDefault(member, "#" + member);
    }

    private String at(Instant instant) {
        return time.format(instant.atZone(subject.zone()));
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofPattern(subject.french() ? "EEEE d MMMM yyyy" : "EEEE, MMMM d, yyyy",
                subject.language()).format(instant.atZone(subject.zone()));
    }

    private sealed interface Entry permits Note, MotionEntry {
    }

    private record Note(String line, boolean inBoth) implements Entry {
    }

    private static final class MotionEntry implements Entry {
        final long id;
        final Long amends;
        final String text;
        final long mover;
        final ca.quorum.meeting.domain.live.VoteRule rule;
        final boolean reconsiders;
        final boolean closed;
        final List<MotionEntry> amendments = new ArrayList<>();
        Long seconder;
        String outcome;
        Tally tally;
        Map<Long, Choice> ballots;
        boolean recorded;

        MotionEntry(LiveEvent.MotionMoved e, boolean closed) {
            this.id = e.motion();
            this.amends = e.amends();
            this.text = e.text();
            this.mover = e.mover();
            this.rule = e.rule();
            this.reconsiders = e.reconsiders();
            this.closed = closed;
        }
    }

    private static final class Block {
        final Long item;
        final LiveEvent.ItemStarted started;
        final List<Entry> entries = new ArrayList<>();

        Block(Long item, LiveEvent.ItemStarted started) {
            this.item = item;
            this.started = started;
        }
    }
}
