namespace HmiApp.Tests.Modbus.Net.Peers;

public sealed class PeerToolsTests
{
    [Fact]
    public void A_missing_package_gives_a_skip_reason_naming_it_and_how_to_install_it()
    {
        var reason = PeerTools.MissingReason(["coreutils", "hmiapp-no-such-package"]);

        Assert.Equal("Debian package(s) hmiapp-no-such-package not installed (apt-get install hmiapp-no-such-package); CI installs them.", reason);
    }

    [Fact]
    public void Installed_packages_give_no_reason()
    {
        // coreutils is essential on every Debian system; without dpkg this machine could not run the peers anyway.
        Assert.Null(PeerTools.MissingReason(["coreutils"]));
    }
}
