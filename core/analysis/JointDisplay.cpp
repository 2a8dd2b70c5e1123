#include "JointDisplay.h"
