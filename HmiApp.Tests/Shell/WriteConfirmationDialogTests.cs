using HmiApp.Shell;
using HmiApp.Tests.TestSupport;
using MudBlazor;

namespace HmiApp.Tests.Shell;

/// <summary>The last step before a device write, opened as the app opens it: through MudBlazor's dialog service.</summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class WriteConfirmationDialogTests
{
    [Fact]
    public async Task It_shows_old_to_new_for_each_change_and_writes_only_when_confirmed_then_closes()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var writes = 0;
        var (provider, dialog) = await renderer.ShowDialogAsync<WriteConfirmationDialog>(Parameters(() =>
        {
            writes++;
            return Task.CompletedTask;
        }));

        Assert.Equal("W-101 · FrequencySetpoint", provider.Find(".mud-dialog-title").TextContent.Trim());
        Assert.Equal(["FrequencySetpoint: 50 Hz → 52.5 Hz", "RunCommand: stop → run"],
            provider.FindAll("[data-testid=vsd-change] li").Select(li => li.TextContent.Trim()));
        Assert.Equal(0, writes);

        provider.Find("[data-testid=vsd-write]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(result!.Canceled);
        Assert.Equal(1, writes);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=vsd-confirm]")));
    }

    [Fact]
    public async Task Cancel_closes_it_without_writing()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var writes = 0;
        var (provider, dialog) = await renderer.ShowDialogAsync<WriteConfirmationDialog>(Parameters(() =>
        {
            writes++;
            return Task.CompletedTask;
        }));

        provider.Find("[data-testid=vsd-cancel]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(result!.Canceled);
        Assert.Equal(0, writes);
    }

    [Fact]
    public async Task While_the_write_runs_both_buttons_are_disabled_so_a_second_tap_cannot_send_it_twice()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var release = new TaskCompletionSource();
        var writes = 0;
        var (provider, dialog) = await renderer.ShowDialogAsync<WriteConfirmationDialog>(Parameters(() =>
        {
            writes++;
            return release.Task;
        }));

        provider.Find("[data-testid=vsd-write]").Click();

        provider.WaitForAssertion(() =>
        {
            Assert.True(provider.Find("[data-testid=vsd-write]").HasAttribute("disabled"));
            Assert.True(provider.Find("[data-testid=vsd-cancel]").HasAttribute("disabled"));
            Assert.NotEmpty(provider.FindAll(".mud-progress-linear"));
        });
        provider.Find("[data-testid=vsd-write]").Click();
        Assert.False(dialog.Result.IsCompleted);

        release.SetResult();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(result!.Canceled);
        Assert.Equal(1, writes);
    }

    private static Dictionary<string, object?> Parameters(Func<Task> write) => new()
    {
        [nameof(WriteConfirmationDialog.Title)] = "W-101 · FrequencySetpoint",
        [nameof(WriteConfirmationDialog.Question)] = "Write to the well's VSD?",
        [nameof(WriteConfirmationDialog.Changes)] = new List<ConfirmedChange>
        {
            new("FrequencySetpoint", "50 Hz", "52.5 Hz"),
            new("RunCommand", "stop", "run"),
        },
        [nameof(WriteConfirmationDialog.Write)] = write,
        [nameof(WriteConfirmationDialog.TestIdPrefix)] = "vsd",
    };
}
