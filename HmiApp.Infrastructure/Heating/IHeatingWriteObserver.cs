namespace HmiApp.Infrastructure.Heating;

/// <summary>Told of every HMI write attempt, successful or not; the audit trail is one implementation.</summary>
public interface IHeatingWriteObserver
{
    Task OnWriteAsync(HeatingWriteEvent write, CancellationToken cancellationToken);
}
