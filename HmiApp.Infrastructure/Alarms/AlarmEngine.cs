using HmiApp.Domain.Alarms;
using HmiApp.Domain.Diagnostics;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Evaluates alarms as values arrive and keeps their ISA-18.2 states. Timers serve only on/off delays
/// and shelf expiry. Every transition goes to the journal; <see cref="Changed"/> tells the screens.
/// </summary>
public sealed class AlarmEngine : IDisposable
{
    private const string SystemUser = "system";

    private readonly TimeProvider time;
    private readonly IAlarmJournalSink journal;
    private readonly AlarmOptions options;
    private readonly Lock gate = new();
    private readonly Dictionary<string, AlarmRuntime> alarms = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<AlarmRuntime>> byPoint = new();
    private readonly Dictionary<string, List<AlarmRuntime>> byDevice = new(StringComparer.Ordinal);
    private readonly Dictionary<long, AlarmInput> latest = new();
    private readonly Queue<(DateTimeOffset Time, string Key)> activations = new();
    private readonly ITimer timer;
    private long totalActivations;

    public AlarmEngine(TimeProvider time, IAlarmJournalSink journal, AlarmOptions options)
    {
        this.time = time;
        this.journal = journal;
        this.options = options;
        timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised after any alarm changed state; handlers must be quick and must not block.</summary>
    public event EventHandler? Changed;

    /// <summary>Alarms annunciated (entered UNACK) since start-up.</summary>
    public long TotalActivations => Interlocked.Read(ref totalActivations);

    public TimeSpan MaxShelveDuration => options.MaxShelveDuration;

    /// <summary>
    /// Replaces the definitions. An alarm that keeps its name keeps its state; a new one is evaluated
    /// against the latest values at once.
    /// </summary>
    public void LoadDefinitions(IReadOnlyList<AlarmDefinition> definitions)
    {
        var errors = AlarmDefinitionValidator.Validate(definitions);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid alarm definitions: " + string.Join("; ", errors), nameof(definitions));
        }

        var entries = new List<AlarmJournalEntry>();
        lock (gate)
        {
            var names = definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in alarms.Values.Where(a => a.Definition is not null && !names.Contains(a.Key)).ToList())
            {
                alarms.Remove(gone.Key);
            }

            foreach (var definition in definitions)
            {
                if (alarms.TryGetValue(definition.Name, out var existing))
                {
                    existing.Definition = definition;
                    existing.Class = definition.Class;
                    existing.Priority = definition.Priority;
                    existing.Message = definition.Message;
                    existing.Tags = definition.Tags;
                    var detector = new AlarmConditionDetector(definition);
                    detector.Restore(existing.ConditionActive);
                    existing.Detector = detector;
                }
                else
                {
                    alarms[definition.Name] = new AlarmRuntime(definition.Name, definition.Class, definition);
                }
            }

            RebuildIndexes();
            var now = time.GetUtcNow();
            foreach (var definition in definitions)
            {
                Evaluate(alarms[definition.Name], isNewPointValue: false, now, entries);
            }

            Reschedule(now);
            Journal(entries);
        }

        Notify(entries, force: true);
    }

    /// <summary>Takes over each alarm's status from its latest journal entry after a restart; nothing is journaled.</summary>
    public void Restore(IEnumerable<AlarmJournalEntry> latestEntries)
    {
        lock (gate)
        {
            foreach (var entry in latestEntries)
            {
                if (!alarms.TryGetValue(entry.AlarmKey, out var alarm))
                {
                    if (entry.Class != AlarmClass.Advisory || entry.ToState == AlarmState.Normal)
                    {
                        continue;
                    }

                    alarm = NewAdvisory(entry.AlarmKey, entry.Priority, entry.Message, entry.Tags);
                }

                alarm.State = entry.ToState;
                alarm.ConditionActive = entry.ConditionActive;
                alarm.Detector?.Restore(entry.ConditionActive);
                alarm.SuppressedByDesign = entry.ToState == AlarmState.SuppressedByDesign;
                alarm.ShelvedUntil = entry.ToState == AlarmState.Shelved ? entry.ShelvedUntil : null;
                alarm.Reason = entry.ToState is AlarmState.Shelved or AlarmState.OutOfService ? entry.Comment : null;
                alarm.Since = entry.Time;
                alarm.LastChange = entry.Time;
            }

            Reschedule(time.GetUtcNow());
        }

        Notify([], force: true);
    }

    /// <summary>New values of points: every alarm reading one of them is evaluated now.</summary>
    public void OnValues(IReadOnlyList<AlarmInput> values)
    {
        var entries = new List<AlarmJournalEntry>();
        lock (gate)
        {
            var affected = new Dictionary<AlarmRuntime, bool>(ReferenceEqualityComparer.Instance);
            foreach (var value in values)
            {
                latest[value.PointId] = value;
                if (!byPoint.TryGetValue(value.PointId, out var readers))
                {
                    continue;
                }

                foreach (var alarm in readers)
                {
                    var isOwnPoint = alarm.Definition!.PointId == value.PointId;
                    if (alarm.Definition.Kind == AlarmKind.RateOfChange && isOwnPoint)
                    {
                        // Rate of change needs every sample, not just the last of the batch.
                        alarm.Detector!.Evaluate(value, null, isNewPointValue: true);
                    }

                    affected[alarm] = affected.GetValueOrDefault(alarm) || isOwnPoint;
                }
            }

            var now = time.GetUtcNow();
            foreach (var (alarm, _) in affected)
            {
                Evaluate(alarm, isNewPointValue: false, now, entries);
            }

            Reschedule(now);
            Journal(entries);
        }

        Notify(entries);
    }

    /// <summary>Poll outcomes of devices, for lost-communication alarms.</summary>
    public void OnDeviceCommunication(IReadOnlyList<DeviceCommunicationInput> devices)
    {
        var entries = new List<AlarmJournalEntry>();
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var device in devices)
            {
                foreach (var alarm in byDevice.GetValueOrDefault(device.DeviceId) ?? [])
                {
                    EvaluateSuppression(alarm, now, entries);
                    OnRawCondition(alarm, alarm.Detector!.EvaluateCommunication(device.Communicating), now, entries);
                }
            }

            Reschedule(now);
            Journal(entries);
        }

        Notify(entries);
    }

    /// <summary>
    /// The current diagnoses of a well: each of high or critical severity is an advisory alarm while it
    /// is diagnosed; one no longer diagnosed returns to normal.
    /// </summary>
    public void OnDiagnoses(string wellId, IReadOnlyList<Diagnosis> diagnoses)
    {
        var entries = new List<AlarmJournalEntry>();
        lock (gate)
        {
            var now = time.GetUtcNow();
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnosis in diagnoses.Where(AdvisoryAlarm.Qualifies))
            {
                var key = AdvisoryAlarm.Key(wellId, diagnosis.Code);
                present.Add(key);
                if (!alarms.TryGetValue(key, out var alarm))
                {
                    alarm = NewAdvisory(key, AdvisoryAlarm.PriorityOf(diagnosis.Severity), diagnosis.Title, new AlarmTags(Well: wellId));
                }

                alarm.Priority = AdvisoryAlarm.PriorityOf(diagnosis.Severity);
                alarm.Message = diagnosis.Title;
                OnRawCondition(alarm, true, now, entries);
            }

            var prefix = AdvisoryAlarm.Key(wellId, string.Empty);
            foreach (var alarm in alarms.Values.Where(a => a.Class == AlarmClass.Advisory && a.Key.StartsWith(prefix, StringComparison.Ordinal) && !present.Contains(a.Key)))
            {
                OnRawCondition(alarm, false, now, entries);
            }

            Reschedule(now);
            Journal(entries);
        }

        Notify(entries);
    }

    public AlarmCommandResult Acknowledge(string key, string user, string? comment = null) =>
        Command(key, alarm => alarm.State.NeedsAcknowledgement()
            ? null
            : $"Alarm '{key}' is {alarm.State}; only unacknowledged alarms (UNACK, RTNUN) can be acknowledged.",
            AlarmEvent.Acknowledge, user, comment);

    /// <summary>Acknowledges those of <paramref name="keys"/> that wait for it; returns their keys.</summary>
    public IReadOnlyList<string> AcknowledgeAll(IEnumerable<string> keys, string user)
    {
        var entries = new List<AlarmJournalEntry>();
        var acknowledged = new List<string>();
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var key in keys)
            {
                if (alarms.TryGetValue(key, out var alarm) && alarm.State.NeedsAcknowledgement())
                {
                    Apply(alarm, AlarmEvent.Acknowledge, now, entries, user, null);
                    acknowledged.Add(key);
                }
            }

            Journal(entries);
        }

        Notify(entries);
        return acknowledged;
    }

    public AlarmCommandResult Shelve(string key, string user, string reason, TimeSpan duration)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AlarmCommandResult.Refuse("reason: a shelved alarm needs a reason.");
        }

        if (duration <= TimeSpan.Zero || duration > options.MaxShelveDuration)
        {
            return AlarmCommandResult.Refuse($"duration: {duration} must be more than zero and at most {options.MaxShelveDuration}; shelving is never indefinite.");
        }

        return Command(key, alarm => alarm.State is AlarmState.OutOfService or AlarmState.SuppressedByDesign
            ? $"Alarm '{key}' is {alarm.State}; only an alarm in service and not suppressed can be shelved."
            : null,
            AlarmEvent.Shelve, user, reason, (alarm, now) =>
            {
                alarm.ShelvedUntil = now + duration;
                alarm.Reason = reason;
            });
    }

    public AlarmCommandResult Unshelve(string key, string user) =>
        Command(key, alarm => alarm.State == AlarmState.Shelved ? null : $"Alarm '{key}' is {alarm.State}, not shelved.", AlarmEvent.Unshelve, user, null);

    public AlarmCommandResult RemoveFromService(string key, string user, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AlarmCommandResult.Refuse("reason: taking an alarm out of service needs a reason.");
        }

        return Command(key, alarm => alarm.State == AlarmState.OutOfService ? $"Alarm '{key}' is already out of service." : null,
            AlarmEvent.RemoveFromService, user, reason, (alarm, _) => alarm.Reason = reason);
    }

    public AlarmCommandResult ReturnToService(string key, string user) =>
        Command(key, alarm => alarm.State == AlarmState.OutOfService ? null : $"Alarm '{key}' is {alarm.State}, not out of service.", AlarmEvent.ReturnToService, user, null);

    /// <summary>Every alarm that is not normal, most urgent first, newest first within a priority.</summary>
    public IReadOnlyList<ActiveAlarm> ActiveAlarms()
    {
        List<ActiveAlarm> list;
        lock (gate)
        {
            list = alarms.Values.Where(a => a.State != AlarmState.Normal).Select(a => a.ToActiveAlarm()).ToList();
        }

        list.Sort(ActiveAlarm.CompareForDisplay);
        return list;
    }

    /// <summary>The definition of a configured alarm; null for one not (or no longer) configured.</summary>
    public AlarmDefinition? DefinitionOf(string key)
    {
        lock (gate)
        {
            return alarms.TryGetValue(key, out var alarm) ? alarm.Definition : null;
        }
    }

    public ActiveAlarm? Find(string key)
    {
        lock (gate)
        {
            return alarms.TryGetValue(key, out var alarm) ? alarm.ToActiveAlarm() : null;
        }
    }

    public AlarmSystemHealth Health()
    {
        List<(DateTimeOffset, string)> recent;
        List<ActiveAlarm> active;
        var now = time.GetUtcNow();
        lock (gate)
        {
            PruneActivations(now);
            recent = activations.ToList();
            active = alarms.Values.Where(a => a.State != AlarmState.Normal).Select(a => a.ToActiveAlarm()).ToList();
        }

        return AlarmHealthCalculator.Compute(now, recent, active);
    }

    public void Dispose() => timer.Dispose();

    private AlarmCommandResult Command(string key, Func<AlarmRuntime, string?> refusal, AlarmEvent alarmEvent, string user, string? comment, Action<AlarmRuntime, DateTimeOffset>? prepare = null)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return AlarmCommandResult.Refuse("user: every operator action is recorded with a user name.");
        }

        var entries = new List<AlarmJournalEntry>();
        ActiveAlarm result;
        lock (gate)
        {
            if (!alarms.TryGetValue(key, out var alarm))
            {
                return AlarmCommandResult.Unknown(key);
            }

            if (refusal(alarm) is { } error)
            {
                return AlarmCommandResult.Refuse(error);
            }

            var now = time.GetUtcNow();
            prepare?.Invoke(alarm, now);
            Apply(alarm, alarmEvent, now, entries, user, comment);
            Reschedule(now);
            Journal(entries);
            result = alarm.ToActiveAlarm();
        }

        Notify(entries, force: true);
        return new AlarmCommandResult(AlarmCommandOutcome.Done, Alarm: result);
    }

    private AlarmRuntime NewAdvisory(string key, AlarmPriority priority, string message, AlarmTags tags)
    {
        var alarm = new AlarmRuntime(key, AlarmClass.Advisory, null) { Priority = priority, Message = message, Tags = tags };
        alarms[key] = alarm;
        return alarm;
    }

    private void Evaluate(AlarmRuntime alarm, bool isNewPointValue, DateTimeOffset now, List<AlarmJournalEntry> entries)
    {
        var definition = alarm.Definition!;
        EvaluateSuppression(alarm, now, entries);
        if (definition.Kind == AlarmKind.CommunicationLost)
        {
            return;
        }

        var point = latest.TryGetValue(definition.PointId, out var p) ? p : (AlarmInput?)null;
        var setpoint = definition.SetpointPointId is { } id && latest.TryGetValue(id, out var s) ? s : (AlarmInput?)null;
        OnRawCondition(alarm, alarm.Detector!.Evaluate(point, setpoint, isNewPointValue), now, entries);
    }

    // Suppression is decided before the condition, so that a well stopping (run status and low flow
    // in one scan) never flashes a low-flow alarm.
    private void EvaluateSuppression(AlarmRuntime alarm, DateTimeOffset now, List<AlarmJournalEntry> entries)
    {
        if (alarm.Definition?.Suppression is not { } suppression)
        {
            return;
        }

        var holds = latest.TryGetValue(suppression.PointId, out var value) && suppression.Holds(value.Value, value.Quality);
        if (holds != alarm.SuppressedByDesign)
        {
            alarm.SuppressedByDesign = holds;
            Apply(alarm, holds ? AlarmEvent.SuppressByDesign : AlarmEvent.ReleaseDesignSuppression, now, entries, SystemUser, null);
        }
    }

    private void OnRawCondition(AlarmRuntime alarm, bool active, DateTimeOffset now, List<AlarmJournalEntry> entries)
    {
        if (active == alarm.ConditionActive)
        {
            alarm.Pending = null;
            return;
        }

        var delay = alarm.Definition is { } d ? (active ? d.OnDelay : d.OffDelay) : TimeSpan.Zero;
        if (delay <= TimeSpan.Zero)
        {
            SetCondition(alarm, active, now, entries);
        }
        else if (alarm.Pending?.Active != active)
        {
            alarm.Pending = (active, now + delay);
        }
    }

    private void SetCondition(AlarmRuntime alarm, bool active, DateTimeOffset now, List<AlarmJournalEntry> entries)
    {
        alarm.Pending = null;
        alarm.ConditionActive = active;
        if (active)
        {
            alarm.Since = now;
        }

        Apply(alarm, active ? AlarmEvent.ConditionActive : AlarmEvent.ConditionCleared, now, entries, null, null);
    }

    private void Apply(AlarmRuntime alarm, AlarmEvent alarmEvent, DateTimeOffset now, List<AlarmJournalEntry> entries, string? user, string? comment)
    {
        var from = alarm.State;
        alarm.State = AlarmStateMachine.Next(from, alarmEvent, alarm.ConditionActive, alarm.SuppressedByDesign);
        if (from == AlarmState.Shelved && alarm.State != AlarmState.Shelved)
        {
            alarm.ShelvedUntil = null;
        }

        if (from is AlarmState.Shelved or AlarmState.OutOfService && alarm.State is not AlarmState.Shelved and not AlarmState.OutOfService)
        {
            alarm.Reason = null;
        }

        if (alarm.State == AlarmState.Unacknowledged && from != AlarmState.Unacknowledged)
        {
            Interlocked.Increment(ref totalActivations);
            activations.Enqueue((now, alarm.Key));
            PruneActivations(now);
        }

        alarm.LastChange = now;
        entries.Add(new AlarmJournalEntry(now, alarm.Key, alarm.Class, alarm.Priority, alarmEvent, from, alarm.State, alarm.ConditionActive,
            alarm.Message, alarm.Detector?.LastValue, user, comment, alarm.ShelvedUntil, alarm.Tags));
    }

    private void OnTimer()
    {
        var entries = new List<AlarmJournalEntry>();
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var alarm in alarms.Values)
            {
                if (alarm.Pending is { } pending && pending.Due <= now)
                {
                    SetCondition(alarm, pending.Active, now, entries);
                }

                if (alarm.State == AlarmState.Shelved && alarm.ShelvedUntil <= now)
                {
                    Apply(alarm, AlarmEvent.Unshelve, now, entries, SystemUser, "shelf expired");
                }
            }

            Reschedule(now);
            Journal(entries);
        }

        Notify(entries);
    }

    private void Reschedule(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var alarm in alarms.Values)
        {
            if (alarm.Pending is { } pending && (next is null || pending.Due < next))
            {
                next = pending.Due;
            }

            if (alarm.State == AlarmState.Shelved && alarm.ShelvedUntil is { } until && (next is null || until < next))
            {
                next = until;
            }
        }

        timer.Change(next is { } due ? (due > now ? due - now : TimeSpan.Zero) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void RebuildIndexes()
    {
        byPoint.Clear();
        byDevice.Clear();
        foreach (var alarm in alarms.Values.Where(a => a.Definition is not null))
        {
            foreach (var point in alarm.Definition!.ReadPoints().Distinct())
            {
                if (!byPoint.TryGetValue(point, out var list))
                {
                    byPoint[point] = list = [];
                }

                list.Add(alarm);
            }

            if (alarm.Definition.Kind == AlarmKind.CommunicationLost)
            {
                var device = alarm.Definition.DeviceId!;
                if (!byDevice.TryGetValue(device, out var list))
                {
                    byDevice[device] = list = [];
                }

                list.Add(alarm);
            }
        }
    }

    private void PruneActivations(DateTimeOffset now)
    {
        while (activations.Count > 0 && activations.Peek().Time <= now - AlarmHealthCalculator.History)
        {
            activations.Dequeue();
        }
    }

    // Called under the lock: entries reach the journal in the order they happened, which the restore
    // after a restart relies on (the latest entry of an alarm is its status).
    private void Journal(List<AlarmJournalEntry> entries)
    {
        if (entries.Count > 0)
        {
            journal.Append(entries);
        }
    }

    private void Notify(List<AlarmJournalEntry> entries, bool force = false)
    {
        if (entries.Count > 0 || force)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }
}
