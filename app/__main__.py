from activation_wizard.cli import main

raise SystemExit(main())
