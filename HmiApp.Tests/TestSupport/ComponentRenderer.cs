using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// A bunit context with the services a component test gives it and the app's component library (MudBlazor, as
/// Program.cs registers it): the component renders live (events, re-renders, after-render hooks), and a JavaScript
/// call nobody set up fails the test (bunit's strict mode) unless it is MudBlazor's own.
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly BunitContext context = new();

    public ComponentRenderer(Action<IServiceCollection> configure)
    {
        context.Services.AddLogging();
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddMudServices();
        // MudBlazor's browser side (popovers, focus traps, key interceptors) is the E2E suite's to check in Chromium. Its
        // calls complete at once: bunit fails a test on a call it handles but leaves pending (a MudTextField's
        // mudElementRef.addOnBlurEvent did so once, on a loaded machine).
        context.JSInterop.SetupVoid(call => call.Identifier.StartsWith("mud", StringComparison.OrdinalIgnoreCase)).SetVoidResult();
        configure(context.Services);
    }

    public BunitJSInterop JSInterop => context.JSInterop;

    public IRenderedComponent<TComponent> Render<TComponent>(IDictionary<string, object?>? parameters = null) where TComponent : IComponent =>
        context.Render<TComponent>(builder =>
        {
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                builder.TryAdd(name, value);
            }
        });

    /// <summary>
    /// The markup after the first render (work that completed synchronously included). A component that loads
    /// asynchronously is rendered with <see cref="Render{TComponent}"/> and waited for with bunit's WaitForAssertion.
    /// </summary>
    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?>? parameters = null) where TComponent : IComponent =>
        Task.FromResult(Render<TComponent>(parameters).Markup);

    /// <summary>
    /// Opens <typeparamref name="TDialog"/> as the app does, through MudBlazor's dialog service into a dialog
    /// provider; the provider's markup holds the dialog while it is open, and loses it when the dialog closes.
    /// </summary>
    public async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowDialogAsync<TDialog>(
        IDictionary<string, object?> parameters, DialogOptions? options = null) where TDialog : IComponent
    {
        var provider = context.Render<MudDialogProvider>();
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters)
        {
            dialogParameters.Add(name, value);
        }

        var dialogs = context.Services.GetRequiredService<IDialogService>();
        var dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<TDialog>(null, dialogParameters, options ?? new DialogOptions()));
        return (provider, dialog);
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
