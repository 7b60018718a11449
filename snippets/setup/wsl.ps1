# WSL2 on Windows, in PowerShell as administrator.

# --8<-- [start:install]
wsl --install -d Ubuntu-24.04
wsl --update
wsl --list --verbose
# --8<-- [end:install]
