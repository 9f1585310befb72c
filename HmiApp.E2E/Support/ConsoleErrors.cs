using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

/// <summary>Collects what the browser reports as errors on a page: console errors (CSP violations among them) and uncaught exceptions.</summary>
public sealed class ConsoleErrors
{
    private readonly List<string> errors = [];

    private ConsoleErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add(message.Text);
            }
        };
        page.PageError += (_, error) => Add(error);
        // The console names no address for a failed load; the response does.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"{response.Status} {response.Url}");
            }
        };
    }

    public IReadOnlyList<string> All
    {
        get { lock (errors) { return errors.ToList(); } }
    }

    public IReadOnlyList<string> ContentSecurityPolicyViolations => All.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();

    public static ConsoleErrors Track(IPage page) => new(page);

    private void Add(string text)
    {
        lock (errors)
        {
            errors.Add(text);
        }
    }
}
