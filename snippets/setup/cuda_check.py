# --8<-- [start:check]
import torch

print(f"PyTorch {torch.__version__}")
#> PyTorch 2.13.0+cpu
print(f"CUDA available: {torch.cuda.is_available()}")
#> CUDA available: False
print(f"CUDA version: {torch.version.cuda}")
#> CUDA version: None
print(f"GPUs: {torch.cuda.device_count()}")
#> GPUs: 0
if torch.cuda.is_available():
    print(f"GPU: {torch.cuda.get_device_name(0)}")
else:
    print("Pas de GPU : les calculs tournent sur le CPU")  # [fr]
    print("No GPU: computations run on the CPU")  # [en]
#> Pas de GPU : les calculs tournent sur le CPU  # [fr]
#> No GPU: computations run on the CPU  # [en]
# --8<-- [end:check]

# --8<-- [start:device]
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
model = torch.nn.Linear(4, 2).to(device)
x = torch.randn(8, 4, device=device)
print(model(x).shape)
#> torch.Size([8, 2])
# --8<-- [end:device]

# --8<-- [start:diagnose]
# fr: None et False : une roue CPU, sans CUDA
# en: None and False: a CPU wheel, built without CUDA
print(torch.version.cuda, torch.backends.cuda.is_built())
#> None False
print(torch.cuda.is_available())
#> False
# --8<-- [end:diagnose]

if torch.cuda.is_available():
    # --8<-- [start:gpu]
    x = torch.rand(1000, 1000, device="cuda")
    y = torch.rand(1000, 1000, device="cuda")
    z = x @ y
    torch.cuda.synchronize()
    print(z.device, tuple(z.shape))
    #> cuda:0 (1000, 1000)
    # --8<-- [end:gpu]
