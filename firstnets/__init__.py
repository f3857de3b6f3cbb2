__version__ = "0.0.1"

import warnings as _warnings
# fastai 2.8's layers call torch.jit.script at import; torch 2.14 warns about it on every start. Nothing a user can do.
_warnings.filterwarnings('ignore', message='`torch.jit.script` is deprecated', category=FutureWarning)
